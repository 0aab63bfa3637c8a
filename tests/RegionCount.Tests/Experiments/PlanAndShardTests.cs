using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class PlanAndShardTests
{
    [Fact]
    public void The_plan_is_the_product_of_the_grid_and_the_seeds()
    {
        var plan = SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));

        // 2 learning rates × 2 batch sizes × 1 weight decay × 2 seeds.
        plan.Runs.Should().HaveCount(8);
        plan.Runs.Select(r => (r.Config.Hyperparameters.LearningRate, r.Config.Hyperparameters.BatchSize, r.Config.Seed))
            .Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_run_two_experiments_share_is_planned_once_for_both()
    {
        var plan = SweepPlanner.Plan(ProfileLoader.Load("smoke"));

        // lr-sweep and batch-sweep both plan lr 0.03 at batch 64 (3 seeds): trained once, listed under both.
        var shared = plan.Runs.Where(r => r.Experiments.Contains("lr-sweep") && r.Experiments.Contains("batch-sweep")).ToList();
        shared.Should().HaveCount(3).And.OnlyContain(r => r.Config.Hyperparameters.LearningRate == 0.03 && r.Config.Hyperparameters.BatchSize == 64);
        plan.Runs.Select(r => r.Fingerprint).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("smoke", 1)]
    [InlineData("smoke", 3)]
    [InlineData("cpu", 4)]
    [InlineData("paper", 7)]
    public void Shards_are_disjoint_and_cover_the_plan(string profile, int count)
    {
        var plan = SweepPlanner.Plan(ProfileLoader.Load(profile));

        var shards = Enumerable.Range(1, count).Select(i => plan.Shard(new ShardSpec(i, count)).Runs.Select(r => r.Fingerprint).ToList()).ToList();

        // Ordinal-sorted lists compared with Equal: linear, unlike BeEquivalentTo on thousands of paper runs.
        var all = shards.SelectMany(s => s).Order(StringComparer.Ordinal).ToList();
        all.Should().Equal(plan.Runs.Select(r => r.Fingerprint).Order(StringComparer.Ordinal));
        all.Distinct().Count().Should().Be(all.Count);
        shards.Max(s => s.Count).Should().BeLessThanOrEqualTo(shards.Min(s => s.Count) + 1);
    }

    [Fact]
    public void A_shard_is_the_same_in_every_process_because_it_follows_plan_order()
    {
        var a = SweepPlanner.Plan(ProfileLoader.Load("cpu")).Shard(new ShardSpec(2, 3));
        var b = SweepPlanner.Plan(ProfileLoader.Load("cpu")).Shard(new ShardSpec(2, 3));

        a.Runs.Select(r => r.Fingerprint).Should().Equal(b.Runs.Select(r => r.Fingerprint));
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    public void Shard_text_parses(string text, int index, int count)
    {
        ShardSpec.Parse(text).Should().Be(new ShardSpec(index, count));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    public void Bad_shard_text_is_rejected(string text)
    {
        var act = () => ShardSpec.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"shard '{text}': expected i/n*");
    }
}
