using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;

namespace RegionCount.Reports.Claims;

/// <summary>
/// A profile's analysis plan as one text and its SHA-256, printed in the report: per claim the profile states, its
/// expectation, the experiments it reads, every threshold as applied (the profile's value or the catalog's default) and
/// the catalog's statement of how it is judged; then the family the test verdicts are adjusted over and the constants
/// of the intervals, permutations and power simulations. The hash changes exactly when one of these changes, so a
/// reader can check that the verdicts of two reports were computed by the same plan (and a plan committed with a profile
/// before its runs, as cifar-cpu's, against the report).
/// </summary>
public static class AnalysisPlan
{
    public static string Text(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder();
        foreach (var claim in ClaimCatalog.All)
        {
            if (profile.Claims is null || !profile.Claims.TryGetValue(claim.Id, out var expectation))
            {
                continue;
            }
            var thresholds = new ClaimThresholds(claim, expectation.Thresholds, expectation.Expectation == "asserted");
            text.Append(claim.Id).Append('\n')
                .Append("  expectation: ").Append(expectation.Expectation).Append('\n')
                .Append("  experiments: ").Append(string.Join(", ", expectation.Experiments ?? [])).Append('\n')
                .Append("  thresholds: ").Append(string.Join(", ", claim.Thresholds.Select(t =>
                    string.Create(CultureInfo.InvariantCulture, $"{t.Name}={thresholds.Get(t.Name):R}"))
                    .Concat(thresholds.SubjectOverrides.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Key}={o.Value:R}"))))).Append('\n')
                .Append("  judged: ").Append(claim.Statistic).Append('\n');
        }
        text.Append("family: ").Append(TestFamily.Description).Append('\n');
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"constants: minimum configurations {CorrelationRule.MinimumConfigurations}; bootstrap {CorrelationEvidence.Resamples} resamples, seed {CorrelationEvidence.BootstrapSeed}; permutations {CorrelationEvidence.Permutations}; correlation power at rho {CorrelationPower.PaperCorrelation:R}, {CorrelationPower.Simulations} samples, seed {CorrelationPower.Seed}; trend power {TrendPower.Simulations} samples, seed {TrendPower.Seed}; C6/C7 difference power {DifferencePower.Simulations} samples, seed {DifferencePower.Seed}; C14 paired power {RegimePower.Simulations} samples, seed {RegimePower.Seed}\n"));
        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="Text"/> (UTF-8), lower-case hex.</summary>
    public static string Hash(Profile profile) => HashOf(Text(profile));

    /// <summary>SHA-256 of a plan's text already built (UTF-8), lower-case hex.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
