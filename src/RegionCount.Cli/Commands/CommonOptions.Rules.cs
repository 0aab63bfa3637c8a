using System.CommandLine;
using System.Globalization;
using RegionCount.Experiments;

namespace RegionCount.Cli.Commands;

/// <summary>Value rules checked while parsing: a value that breaks one is a parse error naming the option, the value
/// and the rule (<c>--batch 0: must be positive</c>), reported by <see cref="CliApp.Invoke"/> as one line, exit 2.</summary>
internal static partial class CommonOptions
{
    public static Option<int> AtLeast(this Option<int> option, int minimum, string? problem = null) =>
        option.Rule(v => v >= minimum, problem ?? (minimum == 1 ? "must be positive" : Invariant($"must be at least {minimum}")));

    public static Option<int> Between(this Option<int> option, int minimum, int maximum) =>
        option.Rule(v => v >= minimum && v <= maximum, Invariant($"must be {minimum}..{maximum}"));

    public static Option<double> Positive(this Option<double> option) =>
        option.Rule(v => v > 0 && double.IsFinite(v), "must be positive and finite");

    public static Option<double> NotNegative(this Option<double> option, string problem = "must be 0 or positive, and finite") =>
        option.Rule(v => v >= 0 && double.IsFinite(v), problem);

    /// <summary>[0, 1): a momentum.</summary>
    public static Option<double> Fraction(this Option<double> option) =>
        option.Rule(v => v is >= 0 and < 1, "must be in [0, 1)");

    /// <summary>One of <paramref name="names"/> (datasets, models: names that are not enums; for enums see
    /// <see cref="Named{T}"/>); with <paramref name="ignoreCase"/> also after trimming, as the parsers of those names do.</summary>
    public static Option<string> OneOf(this Option<string> option, IReadOnlyList<string> names, bool ignoreCase = true)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(names);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            var key = ignoreCase ? value?.Trim() : value;
            if (key is null || !names.Contains(key, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} '{value}': expected {Alternatives(names)}");
            }
        });
        return option;
    }

    /// <summary>An option naming a member of <typeparamref name="T"/> exactly as profiles do (<see cref="JsonNames"/>:
    /// sgd, crop-flip, ...); any other value is a parse error listing the names.</summary>
    public static Option<T> Named<T>(string name, T defaultValue, string? description = null)
        where T : struct, Enum
    {
        var names = JsonNames.All<T>();
        return new Option<T>(name)
        {
            Description = description ?? Alternatives(names) + ".",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? JsonNames.Of(defaultValue) : result.Tokens[^1].Value;
                if (JsonNames.TryParse(text, out T value))
                {
                    return value;
                }
                result.AddError($"{name} '{text}': expected {Alternatives(names)}");
                return defaultValue;
            },
        };
    }

    /// <summary>Not empty or blank (a profile name or file).</summary>
    public static Option<string> NotBlank(this Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} '{result.GetValueOrDefault<string>()}': must not be empty");
            }
        });
        return option;
    }

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

    private static Option<T> Rule<T>(this Option<T> option, Func<T, bool> valid, string problem)
        where T : struct, IFormattable
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                return; // Not a number at all: System.CommandLine reports that ("Cannot parse argument ...").
            }
            if (!valid(value))
            {
                result.AddError($"{option.Name} {value.ToString(null, CultureInfo.InvariantCulture)}: {problem}");
            }
        });
        return option;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
