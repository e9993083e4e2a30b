//! Every page a demo role can reach by following links from the page after sign-in: it answers, shows no
//! ISO date (days are written for the reader) and no internal code (`in_review_donor_side`, `after_period`)
//! in its text.

use std::collections::{BTreeSet, VecDeque};

use twinbridge_test_support::TestApp;

/// How many pages one role's crawl visits at most.
const MAX_PAGES: usize = 120;

/// The visible text of a page: tags and attribute values removed, and what is marked as code (an
/// identifier shown on purpose, such as a webhook's event name) left out.
fn visible_text(html: &str) -> String {
    let mut html = html.to_owned();
    while let (Some(start), Some(end)) = (html.find("<code>"), html.find("</code>")) {
        if end < start {
            break;
        }
        html.replace_range(start..end + "</code>".len(), " ");
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split("href=\"").skip(1) {
        let Some(end) = part.find('"') else { continue };
        let link = part[..end].replace("&amp;", "&");
        if link.starts_with('/') && !link.starts_with("//") {
            out.push(link.split('#').next().unwrap_or_default().to_owned());
        }
    }
    out
}

/// The problems of one page's text.
fn problems(text: &str) -> Vec<String> {
    let iso_date = regex::Regex::new(r"\b\d{4}-\d{2}-\d{2}\b").unwrap();
    let code = regex::Regex::new(r"\b[a-z]+_[a-z]+(?:_[a-z]+)*\b").unwrap();
    let mut found = Vec::new();
    found.extend(iso_date.find_iter(text).map(|m| format!("ISO date {}", m.as_str())));
    found.extend(code.find_iter(text).map(|m| format!("code {}", m.as_str())));
    found
}

async fn crawl(app: &TestApp, who: &str) -> Vec<String> {
    let client = app.signed_in_client(who).await;
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/".to_owned()]);
    let mut failures = Vec::new();
    while let Some(path) = queue.pop_front() {
        if seen.len() >= MAX_PAGES || !seen.insert(path.clone()) {
            continue;
        }
        // Static files and downloads are not pages; the sign-out is a form.
        if path.starts_with("/static/") || path.starts_with("/api/") || path.ends_with(".csv") {
            let status = client.get(app.url(&path)).send().await.unwrap().status();
            if !status.is_success() {
                failures.push(format!("{who}: {path} answers {status}"));
            }
            continue;
        }
        let response = client.get(app.url(&path)).send().await.unwrap();
        let status = response.status();
        if status.is_redirection() {
            if let Some(to) = response.headers().get("location").and_then(|l| l.to_str().ok()) {
                queue.push_back(to.to_owned());
            }
            continue;
        }
        if !status.is_success() {
            failures.push(format!("{who}: {path} answers {status}"));
            continue;
        }
        let html = response.text().await.unwrap();
        for problem in problems(&visible_text(&html)) {
            failures.push(format!("{who}: {path}: {problem}"));
        }
        queue.extend(links(&html));
    }
    failures
}

#[tokio::test]
async fn every_page_each_demo_role_reaches_answers_in_plain_words() {
    let app = TestApp::spawn_demo().await;
    let mut failures = Vec::new();
    for who in [
        "donor@twinbridge.test",
        "patient@twinbridge.test",
        "registry.coordinator@twinbridge.test",
        "centre.coordinator@twinbridge.test",
        "admin@twinbridge.test",
        "auditor@twinbridge.test",
        "france.coordinator@twinbridge.test",
        "donor4@twinbridge.test",
        "patient5@twinbridge.test",
    ] {
        failures.extend(crawl(&app, who).await);
    }
    failures.dedup();
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
