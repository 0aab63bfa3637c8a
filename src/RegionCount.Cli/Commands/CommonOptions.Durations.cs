using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RegionCount.Cli.Commands;

/// <summary>Duration options (<c>--time-budget 5h30m</c>): units d, h, m, s in that order (<c>90m</c>, <c>1h30m</c>,
/// <c>2d</c>), or the clock forms batch systems print (<c>01:30:00</c>, Slurm's <c>1-12:00:00</c>).</summary>
internal static partial class CommonOptions
{
    public static Option<TimeSpan?> Duration(string name, string description, bool allowZero) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
            if (ParseDuration(text) is not TimeSpan value)
            {
                result.AddError($"{name} '{text}': expected a duration such as 45m, 5h30m, 2d or 01:30:00");
                return null;
            }
            if (value == TimeSpan.Zero && !allowZero)
            {
                result.AddError($"{name} '{text}': must be longer than 0");
                return null;
            }
            return value;
        },
    };

    /// <summary>The duration <paramref name="text"/> names, or null; never negative.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (UnitDuration().Match(text.Trim()) is { Success: true } m && m.Groups.Values.Skip(1).Any(g => g.Success))
        {
            double Part(string unit) => m.Groups[unit].Success ? double.Parse(m.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
            var value = TimeSpan.FromDays(Part("d")) + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s"));
            return value;
        }
        if (ClockDuration().Match(text.Trim()) is { Success: true } c)
        {
            int Part(string unit) => c.Groups[unit].Success ? int.Parse(c.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;
            if (Part("m") < 60 && Part("s") < 60)
            {
                return new TimeSpan(Part("d"), Part("h"), Part("m"), Part("s"));
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:(?<d>\d{1,4})d)?(?:(?<h>\d{1,6})h)?(?:(?<m>\d{1,8})m)?(?:(?<s>\d{1,9})s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitDuration();

    [GeneratedRegex(@"^(?:(?<d>\d{1,4})-)?(?<h>\d{1,4}):(?<m>\d{2}):(?<s>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockDuration();
}
