//! Keyset pages for the lists that grow with an instance (a coordinator's pairings, the review queue).
//! A page is the lines after a cursor — the position of the previous page's last line — never an
//! offset: it costs the same deep in a long list as at its start, and a line that comes or goes between
//! two pages neither shifts another line off a page nor shows it twice (ADR 0024).

/// Lines on a page when the caller does not say.
pub const DEFAULT_LIMIT: usize = 100;

/// The most lines one page holds.
pub const MAX_LIMIT: usize = 1000;

/// A bad page parameter, naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {why}")]
pub struct PageError {
    /// `after` or `limit`.
    pub field: &'static str,
    /// Why it was refused.
    pub why: &'static str,
}

/// The refusal of a cursor that does not parse: it is not one a page gave out.
pub const BAD_CURSOR: PageError =
    PageError { field: "after", why: "not a position this list gave out: use the `next` link of the previous page" };

/// What page is asked for, parsed from the query string's `after` and `limit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// The cursor of the previous page, as given out; `None` for the first page.
    pub after: Option<String>,
    /// How many lines at most.
    pub limit: usize,
}

impl PageRequest {
    /// The first page of the default size.
    pub const fn first() -> Self {
        Self { after: None, limit: DEFAULT_LIMIT }
    }

    /// Parses the two query parameters: an empty `after` is the first page; `limit` is a whole number
    /// from 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] when absent or empty.
    pub fn parse(after: Option<&str>, limit: Option<&str>) -> Result<Self, PageError> {
        let after = after.map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned);
        let limit = match limit.map(str::trim).filter(|l| !l.is_empty()) {
            None => DEFAULT_LIMIT,
            Some(l) => l
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
                .ok_or(PageError { field: "limit", why: "expected a whole number from 1 to 1000" })?,
        };
        Ok(Self { after, limit })
    }
}

/// One page of a list: its lines, and the cursor of the next page when there are more lines.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The lines, in the list's order.
    pub lines: Vec<T>,
    /// The `after` of the next page; `None` on the last page.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// The page made of `found` — up to one line more than `limit`, in order — with `cursor` giving a
    /// line's position: when there is a line beyond the limit, it is dropped and the next page starts
    /// after the last line kept.
    pub fn of(mut found: Vec<T>, limit: usize, cursor: impl Fn(&T) -> String) -> Self {
        if found.len() <= limit {
            return Self { lines: found, next: None };
        }
        found.truncate(limit);
        let next = found.last().map(cursor);
        Self { lines: found, next }
    }
}

/// What one read of a list's candidates gave: the lines kept of them, how many candidates were read, and
/// the position of the last one read (kept or not).
#[derive(Debug)]
pub struct Chunk<T, C> {
    /// The lines kept, in order.
    pub lines: Vec<T>,
    /// How many candidates were read.
    pub read: usize,
    /// Where the last candidate read stands; the next chunk starts after it.
    pub last: Option<C>,
}

/// The lines of a page, for [`Page::of`]: candidates are read after `after` a chunk at a time — one more
/// than the page at first, then in doubling steps while the access rules, a search or a filter keep few
/// of them — until one line more than the page is kept or the list has no more candidates.
pub async fn fill<T, C, E, F>(
    limit: usize,
    mut after: Option<C>,
    mut read: impl FnMut(Option<C>, usize) -> F,
) -> Result<Vec<T>, E>
where
    F: Future<Output = Result<Chunk<T, C>, E>>,
{
    let mut found = Vec::new();
    let mut chunk = limit + 1;
    loop {
        let Chunk { lines, read: count, last } = read(after, chunk).await?;
        found.extend(lines);
        if found.len() > limit || count < chunk {
            return Ok(found);
        }
        after = last;
        chunk = (chunk * 2).min(MAX_LIMIT + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_checked_and_defaulted() {
        assert_eq!(PageRequest::parse(None, None), Ok(PageRequest::first()));
        assert_eq!(PageRequest::parse(Some("  "), Some("")), Ok(PageRequest::first()));
        assert_eq!(
            PageRequest::parse(Some(" TB-2222-3333 "), Some("5")),
            Ok(PageRequest { after: Some("TB-2222-3333".into()), limit: 5 })
        );
        assert_eq!(PageRequest::parse(None, Some("1000")).map(|p| p.limit), Ok(MAX_LIMIT));
        for bad in ["0", "1001", "-1", "ten", "2.5"] {
            assert_eq!(PageRequest::parse(None, Some(bad)).map_err(|e| e.field), Err("limit"), "{bad}");
        }
    }

    /// Candidates 1..=n, of which `keep` keeps some: the page is filled in growing chunks and stops at
    /// one kept line past the limit or at the end.
    async fn filled(n: u32, limit: usize, keep: fn(u32) -> bool) -> (Vec<u32>, Vec<usize>) {
        let mut chunks = Vec::new();
        let lines = fill(limit, None, |after: Option<u32>, chunk| {
            chunks.push(chunk);
            let read: Vec<u32> = (after.unwrap_or(0) + 1..=n).take(chunk).collect();
            let lines = read.iter().copied().filter(|c| keep(*c)).collect();
            std::future::ready(Ok::<_, ()>(Chunk { lines, read: read.len(), last: read.last().copied() }))
        })
        .await
        .unwrap();
        (lines, chunks)
    }

    #[tokio::test]
    async fn a_page_is_filled_in_growing_chunks_until_one_line_past_it_or_the_end() {
        assert_eq!(filled(10, 3, |_| true).await, (vec![1, 2, 3, 4], vec![4]));
        assert_eq!(filled(2, 3, |_| true).await, (vec![1, 2], vec![4]));
        let (lines, chunks) = filled(100, 3, |c| c % 10 == 0).await;
        assert_eq!((lines, chunks), (vec![10, 20, 30, 40, 50, 60], vec![4, 8, 16, 32]), "the last chunk is kept whole");
        let (lines, chunks) = filled(5000, 1, |c| c == 4000).await;
        assert_eq!(lines, vec![4000]);
        assert_eq!(chunks.iter().max(), Some(&(MAX_LIMIT + 1)), "{chunks:?}");
    }

    #[test]
    fn a_page_says_where_the_next_starts_only_when_there_is_more() {
        let whole = Page::of(vec![1, 2, 3], 3, ToString::to_string);
        assert_eq!((whole.lines, whole.next), (vec![1, 2, 3], None));
        let part = Page::of(vec![1, 2, 3, 4], 3, ToString::to_string);
        assert_eq!((part.lines, part.next), (vec![1, 2, 3], Some("3".to_owned())));
    }
}
