using FluentAssertions;
using RegionCount.Cli.Commands;
using Xunit;

namespace RegionCount.Tests.Cli;

public sealed class DurationOptionTests
{
    public static TheoryData<string, double> Valid { get; } = new()
    {
        // text, seconds
        { "90s", 90 },
        { "45m", 2_700 },
        { "5h30m", 19_800 },
        { "2d", 172_800 },
        { "1d2h3m4s", 93_784 },
        { "01:30:00", 5_400 },
        { "1-12:00:00", 129_600 },
        { " 6h ", 21_600 },
        { "0s", 0 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Durations_are_read_in_units_or_as_a_clock(string text, double seconds) =>
        CommonOptions.ParseDuration(text).Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5")]
    [InlineData("1.5h")]
    [InlineData("30m1h")]
    [InlineData("-5m")]
    [InlineData("01:75:00")]
    [InlineData("1:2:3")]
    public void Anything_else_is_not_a_duration(string text) => CommonOptions.ParseDuration(text).Should().BeNull();
}
