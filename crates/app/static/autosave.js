// Nothing typed is lost: a letter being written is saved as a draft a moment after the writer stops
// typing, through the same API the pages use (the first save makes the draft, later ones update it, and
// the form's buttons then act on that draft). Without JavaScript every button of the form saves it too.
const form = document.querySelector("form[data-autosave]");
const body = form && form.querySelector("textarea[name=body]");
const status = document.getElementById("autosave-status");
const draft = form && form.querySelector("input[name=draft]");
let saved = body ? body.value : "";
let timer = null;
let queue = Promise.resolve();

function letterId() {
  return form.dataset.letter || (draft && draft.value) || "";
}

async function save() {
  const text = body.value;
  if (text === saved || text.trim() === "") {
    return;
  }
  const id = letterId();
  const headers = { "content-type": "application/json" };
  let request;
  if (id) {
    request = { method: "PUT", url: "/api/v1/letters/" + encodeURIComponent(id), body: { body: text, submit: false } };
  } else {
    const replyTo = form.querySelector("input[name=in_reply_to]");
    const answered = replyTo && replyTo.value ? replyTo.value : null;
    request = { method: "POST", url: form.dataset.autosave, body: { body: text, draft: true, in_reply_to: answered } };
  }
  try {
    const response = await fetch(request.url, {
      method: request.method,
      credentials: "same-origin",
      headers,
      body: JSON.stringify(request.body),
    });
    if (!response.ok) {
      status.textContent = form.dataset.failedText;
      return;
    }
    if (!id && draft) {
      const letter = await response.json();
      draft.value = letter.id;
    }
    saved = text;
    status.textContent = form.dataset.savedText;
  } catch {
    // Offline: the next pause or a button of the form saves it.
    status.textContent = form.dataset.failedText;
  }
}

if (form && body && status) {
  form.addEventListener("submit", () => clearTimeout(timer));
  body.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(save);
    }, 1500);
  });
}
