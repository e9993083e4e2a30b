//! The API's answer for one page of a list (`services::paging`): the body stays the JSON array of lines
//! it was before lists had pages, and when more lines follow a `Link` header (RFC 8288) gives the next
//! page's address — the same query with `after` set — so a client that follows `rel="next"` reads the
//! whole list and one that does not gets its first lines.

use axum::Json;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::services::paging::Page;

/// `page` as a response to `path` asked with `query` (its other parameters, kept on the next page).
pub(super) fn respond<T: Serialize>(path: &str, query: &[(&str, Option<&str>)], page: Page<T>) -> Response {
    let link = page.next.as_deref().and_then(|after| {
        let mut params = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in query {
            if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
                params.append_pair(name, value);
            }
        }
        params.append_pair("after", after);
        HeaderValue::from_str(&format!("<{path}?{}>; rel=\"next\"", params.finish())).ok()
    });
    let mut response = Json(page.lines).into_response();
    if let Some(link) = link {
        response.headers_mut().insert(header::LINK, link);
    }
    response
}
