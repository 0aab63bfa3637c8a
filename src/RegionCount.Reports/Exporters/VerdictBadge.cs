namespace RegionCount.Reports.Exporters;

/// <summary>A verdict word as a coloured badge: a coloured circle before the word in Markdown (what GitHub and any
/// Markdown viewer shows in colour), a styled label in HTML (<see cref="HtmlReportExporter"/> turns the first into
/// the second).</summary>
public static class VerdictBadge
{
    private static readonly (string Word, string Symbol, string Css, string Colour)[] Badges =
    [
        ("reproduced", "🟢", "reproduced", "#1a7f37"),
        ("not reproduced", "🔴", "not-reproduced", "#cf222e"),
        ("inconclusive", "⚪", "inconclusive", "#6e7781"),
    ];

    /// <summary>Each verdict word with its colour (hex), for the badges and the figures that colour by verdict.</summary>
    public static IReadOnlyList<(string Verdict, string Colour)> Colours { get; } = [.. Badges.Select(b => (b.Word, b.Colour))];

    /// <summary>"🟢 reproduced"; any other text unchanged.</summary>
    public static string Markdown(string verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        foreach (var (word, symbol, _, _) in Badges)
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
        foreach (var (word, symbol, css, _) in Badges)
        {
            html = html.Replace($">{symbol} {word}</td>", $"><span class=\"badge {css}\">{word}</span></td>", StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>The badges' styles for the HTML page.</summary>
    public static string Style { get; } =
        ".badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 0.75rem; color: #fff; font-weight: 600; white-space: nowrap; }\n"
        + string.Join(" ", Badges.Select(b => $".badge.{b.Css} {{ background: {b.Colour}; }}")) + "\n";
}
