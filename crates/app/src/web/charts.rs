//! Bar charts drawn on the server as SVG geometry, for pages without JavaScript. The template draws the
//! rectangles; every chart stands beside a table with the same figures, which is what screen readers use.
//! A value that is not shown (suppressed or too few cases) gets no bar, only its label.

/// A bar chart, sized in SVG user units.
#[derive(Debug)]
pub(super) struct BarChart {
    /// Total width.
    pub width: u32,
    /// Total height.
    pub height: u32,
    /// Where the bars stand.
    pub baseline: u32,
    /// The bars, left to right.
    pub bars: Vec<Bar>,
}

/// One bar (or a gap where a value is not shown).
#[derive(Debug)]
pub(super) struct Bar {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height; 0 when the value is not shown.
    pub height: u32,
    /// Centre, for the texts.
    pub centre: u32,
    /// Where the value is written, just above the bar.
    pub value_y: u32,
    /// The value as shown (a number, `< 5`, `—`).
    pub value: String,
    /// What the bar is (a month, a side).
    pub label: String,
}

const GAP: u32 = 16;
const PLOT_HEIGHT: u32 = 160;
const TOP: u32 = 24;
const LABEL_SPACE: u32 = 28;

/// Bars `bar_width` wide for `items`: a label, the value when it may be shown, and the text written above
/// the bar (the label goes below it, so the width is chosen for the labels).
pub(super) fn bar_chart(items: Vec<(String, Option<f64>, String)>, bar_width: u32) -> BarChart {
    let largest = items.iter().filter_map(|(_, v, _)| *v).fold(0.0_f64, f64::max);
    let baseline = TOP + PLOT_HEIGHT;
    let bars = items
        .into_iter()
        .zip(0u32..)
        .map(|((label, value, text), i)| {
            let height = match value {
                Some(v) if largest > 0.0 && v > 0.0 => ((v / largest) * f64::from(PLOT_HEIGHT)).round().max(1.0),
                _ => 0.0,
            };
            // Within 0..=PLOT_HEIGHT by construction.
            let height = height.clamp(0.0, f64::from(PLOT_HEIGHT)) as u32;
            let x = GAP + i * (bar_width + GAP);
            Bar {
                x,
                y: baseline - height,
                width: bar_width,
                height,
                centre: x + bar_width / 2,
                value_y: baseline - height - 6,
                value: text,
                label,
            }
        })
        .collect::<Vec<_>>();
    let count = u32::try_from(bars.len()).unwrap_or(u32::MAX).max(1);
    BarChart { width: GAP + count.saturating_mul(bar_width + GAP), height: baseline + LABEL_SPACE, baseline, bars }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_value_fills_the_plot_and_hidden_values_get_no_bar() {
        let chart = bar_chart(
            vec![
                ("2026-01".into(), Some(10.0), "10".into()),
                ("2026-02".into(), Some(5.0), "5".into()),
                ("2026-03".into(), None, "< 5".into()),
            ],
            40,
        );
        let heights: Vec<u32> = chart.bars.iter().map(|b| b.height).collect();
        assert_eq!(heights, [PLOT_HEIGHT, PLOT_HEIGHT / 2, 0]);
        assert!(chart.bars.iter().all(|b| b.y + b.height == chart.baseline));
        assert_eq!(chart.width, GAP + 3 * (40 + GAP));
        assert_eq!(bar_chart(Vec::new(), 40).bars.len(), 0);
    }
}
