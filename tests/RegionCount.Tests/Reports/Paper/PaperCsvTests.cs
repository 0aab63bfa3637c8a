using FluentAssertions;
using RegionCount.Reports.Paper;
using Xunit;

namespace RegionCount.Tests.Reports.Paper;

public sealed class PaperCsvTests
{
    private static readonly string RcHeader = string.Join(',', Enumerable.Range(0, 21).Select(i => $"rc_epoch_{i * 10}"));
    private static readonly string RcValues = string.Join(',', Enumerable.Range(0, 21).Select(i => "2.5"));

    private static IReadOnlyList<PaperRun> Read(string text) => PaperCsv.ReadRuns("t.csv", new StringReader(text));

    [Fact]
    public void A_well_formed_file_with_subspace_dim_is_read()
    {
        var runs = Read($"subspace_dim,{RcHeader},train_acc,test_acc,weight_decay,lr,batch_size\n3,{RcValues},100.0,80.5,1e-06,0.01,512\n");

        runs.Should().ContainSingle().Which.Should().Match<PaperRun>(r => r.SubspaceDim == 3 && r.BatchSize == 512 && r.TestAcc == 80.5 && r.FinalRegionCount == 2.5);
    }

    [Fact]
    public void A_bad_number_names_file_line_and_column()
    {
        var act = () => Read($"{RcHeader},train_acc,test_acc,weight_decay,lr,batch_size\n{RcValues},100,80,1e-6,0.01,512\n{RcValues},100,abc,1e-6,0.01,512\n");

        act.Should().Throw<FormatException>().WithMessage("t.csv:3: column 'test_acc' (column 23): 'abc' is not a finite number");
    }

    [Fact]
    public void A_missing_column_a_short_row_and_a_fractional_batch_size_are_errors()
    {
        ((Action)(() => Read($"{RcHeader},train_acc,test_acc,lr,batch_size\n{RcValues},100,80,0.01,512\n"))).Should().Throw<FormatException>().WithMessage("t.csv:1: missing column 'weight_decay'");
        ((Action)(() => Read($"{RcHeader},train_acc,test_acc,weight_decay,lr,batch_size\n{RcValues},100,80\n"))).Should().Throw<FormatException>().WithMessage("t.csv:2: 23 fields, the header has 26");
        ((Action)(() => Read($"{RcHeader},train_acc,test_acc,weight_decay,lr,batch_size\n{RcValues},100,80,1e-6,0.01,256.5\n"))).Should().Throw<FormatException>().WithMessage("t.csv:2: column 'batch_size' (column 26): '256.5' is not an integer");
        ((Action)(() => Read(""))).Should().Throw<FormatException>().WithMessage("t.csv:1: empty file*");
    }
}
