using FluentAssertions;
using RegionCount.Cli.Commands;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Cli;

public sealed class ReportEchoTests
{
    [Theory]
    [InlineData("smoke")]
    [InlineData("cifar-cpu")]
    public void The_terminal_gets_the_verdict_table_of_the_written_report(string profile)
    {
        string markdown = Path.Combine(RepositoryRoot.Find(), "reports", profile, "report.md");
        string[] lines = File.ReadAllLines(markdown);
        int rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "reports", profile, "verdicts.csv")).Length - 1;
        var echo = new StringWriter();

        ReportCommand.PrintVerdicts(markdown, echo);

        var echoed = echo.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        echoed[0].Should().StartWith("| claim | subject |", "the table, not the forest plot that opens the section");
        echoed.Should().HaveCount(rows + 2, "header, separator and one row per verdict of verdicts.csv");
        echoed.Should().OnlyContain(l => lines.Contains(l), "lines of the report as written");
    }
}
