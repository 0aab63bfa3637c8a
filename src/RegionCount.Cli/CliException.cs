namespace RegionCount.Cli;

/// <summary>A user-facing error: printed as one line, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message)
{
    /// <summary>The message of <paramref name="e"/> without the " (Parameter 'x')" tail an <see cref="ArgumentException"/> adds.</summary>
    public static string Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Message.Split(" (Parameter", 2)[0];
    }
}
