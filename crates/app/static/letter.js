// Live warnings while writing a letter: asks the screening API (which knows only the writer's own
// identifiers) and lists what could identify the writer. Without JavaScript the "Check" button does the
// same on the server. Warnings never block sending.
const form = document.getElementById("letter-form");
const body = document.getElementById("body");
const box = document.getElementById("live-warnings");
let timer = null;
// Plain reasons in the page's language, by category and kind: the API's English reason is never shown.
const phrases = new Map(
  Array.from(document.querySelectorAll("#reason-phrases [data-key]"), (item) => [item.dataset.key, item.textContent]),
);

function reasonOf(finding) {
  return (
    phrases.get(finding.category + "-" + finding.kind) ||
    phrases.get(finding.category + "-detected") ||
    phrases.get("OTHER-detected") ||
    ""
  );
}
let asked = 0;

function show(findings) {
  box.replaceChildren();
  if (findings.length === 0) {
    return;
  }
  const list = document.createElement("ul");
  for (const finding of findings) {
    const item = document.createElement("li");
    const strong = document.createElement("strong");
    strong.textContent = finding.text;
    item.append(strong, " — " + reasonOf(finding));
    list.append(item);
  }
  box.append(list);
}

async function check() {
  const ticket = ++asked;
  try {
    const response = await fetch("/api/v1/screen", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: body.value, language: body.dataset.language }),
    });
    if (!response.ok || ticket !== asked) {
      return;
    }
    const result = await response.json();
    show(result.findings);
  } catch {
    // Offline or refused: the server-side check remains.
  }
}

if (form && body && box) {
  body.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
}
