//! The links between the pages of a long list (`services::paging`): "next page" continues after the last
//! line shown and "first page" goes back to the start, both keeping the list's search and filter.

use crate::services::paging::PageRequest;

/// The addresses of a list's first and next pages, when there are such pages to go to.
pub(super) struct PageLinks {
    /// Back to the start: on every page but the first.
    pub(super) first: Option<String>,
    /// On to the lines after the last one shown: while more follow.
    pub(super) next: Option<String>,
}

impl PageLinks {
    /// The links of the page `request` of the list at `path`, asked with the parameters `kept`, whose
    /// next page starts after `next`.
    pub(super) fn of(path: &str, kept: &[(&str, Option<&str>)], request: &PageRequest, next: Option<&str>) -> Self {
        let address = |after: Option<&str>| {
            let mut params = url::form_urlencoded::Serializer::new(String::new());
            for (name, value) in kept {
                if let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) {
                    params.append_pair(name, value);
                }
            }
            if let Some(after) = after {
                params.append_pair("after", after);
            }
            let query = params.finish();
            if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
        };
        Self { first: request.after.is_some().then(|| address(None)), next: next.map(|after| address(Some(after))) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_search_and_say_where_to_go_on() {
        let first_page = PageRequest::first();
        let links = PageLinks::of("/pairings", &[("q", Some("tb 7")), ("filter", None)], &first_page, Some("TB-2"));
        assert_eq!(links.first, None);
        assert_eq!(links.next.as_deref(), Some("/pairings?q=tb+7&after=TB-2"));
        let later = PageRequest { after: Some("TB-2".into()), limit: 100 };
        let links = PageLinks::of("/review", &[], &later, None);
        assert_eq!((links.first.as_deref(), links.next), (Some("/review"), None));
    }
}
