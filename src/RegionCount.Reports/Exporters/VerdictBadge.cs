namespace RegionCount.Reports.Exporters;

/// <summary>A verdict word as a coloured badge: a coloured circle before the word in Markdown (what GitHub and any
/// Markdown viewer shows in colour), a styled label in HTML (<see cref="HtmlReportExporter"/> turns the first into
/// the second).</summary>
public static class VerdictBadge
{
    private static readonly (string Word, string Symbol, string Css)[] Badges =
    [
        ("reproduced", "🟢", "reproduced"),
        ("not reproduced", "🔴", "not-reproduced"),
        ("inconclusive", "⚪", "inconclusive"),
    ];

    /// <summary>"🟢 reproduced"; any other text unchanged.</summary>
    public static string Markdown(string verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        foreach (var (word, symbol, _) in Badges)
        {
            if (verdict == word)
            {
                return $"{symbol} {word}";
            }
        }
        return verdict;
    }

    /// <summary>Every Markdown badge in a table cell of rendered HTML as a styled label.</summary>
    public static string Html(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var (word, symbol, css) in Badges)
        {
            html = html.Replace($">{symbol} {word}</td>", $"><span class=\"badge {css}\">{word}</span></td>", StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>The badges' styles for the HTML page.</summary>
    public const string Style = """
        .badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 0.75rem; color: #fff; font-weight: 600; white-space: nowrap; }
        .badge.reproduced { background: #1a7f37; } .badge.not-reproduced { background: #cf222e; } .badge.inconclusive { background: #6e7781; }
        """;
}
