using System.CommandLine;

namespace RegionCount.Cli.Commands;

/// <summary>Path rules: what is wrong with a path given to read or to write, checked while parsing (the option
/// forms) or, for paths that have defaults, before the command does anything (the *Problem functions).</summary>
internal static partial class CommonOptions
{
    /// <summary>An existing, readable file.</summary>
    public static Option<string?> ExistingFile(this Option<string?> option) => option.PathRule(FileToReadProblem);

    /// <summary>An existing, readable folder.</summary>
    public static Option<string?> ExistingFolder(this Option<string?> option) => option.PathRule(FolderToReadProblem);

    /// <summary>A file to write: not a folder, and its folder exists or can be created.</summary>
    public static Option<string?> FileToWrite(this Option<string?> option) => option.PathRule(FileToWriteProblem);

    /// <summary>A folder to write into: not a file, readable if it exists, creatable if not.</summary>
    public static Option<string?> FolderToWrite(this Option<string?> option) => option.PathRule(FolderToWriteProblem);

    /// <summary>Every value an existing, readable folder; the error names it as "<paramref name="what"/> PATH".</summary>
    public static Argument<string[]> ExistingFolders(this Argument<string[]> argument, string what)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (FolderToReadProblem(path) is { } problem)
                {
                    result.AddError($"{what} {Show(path)}: {problem}");
                }
            }
        });
        return argument;
    }

    /// <summary>Throws the one-line error "<paramref name="label"/>: problem" when <paramref name="rule"/> finds one.</summary>
    public static void Require(Func<string, string?> rule, string path, string label)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule(path) is { } problem)
        {
            throw new CliException($"{label}: {problem}");
        }
    }

    public static string? FileToReadProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "empty path";
        }
        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }
        if (!File.Exists(path))
        {
            return Missing(path);
        }
        return Unreadable(() =>
        {
            using var stream = File.OpenRead(path);
        });
    }

    public static string? FolderToReadProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "empty path";
        }
        if (File.Exists(path))
        {
            return "is a file, not a folder";
        }
        if (!Directory.Exists(path))
        {
            return Missing(path);
        }
        return Unreadable(() =>
        {
            using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
        });
    }

    public static string? FileToWriteProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "empty path";
        }
        return Directory.Exists(path) ? "is a folder, not a file" : CreatableProblem(Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    public static string? FolderToWriteProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "empty path";
        }
        if (File.Exists(path))
        {
            return "is a file, not a folder";
        }
        return Directory.Exists(path) ? FolderToReadProblem(path) ?? UnwritableProblem(path) : CreatableProblem(path);
    }

    private static Option<string?> PathRule(this Option<string?> option, Func<string, string?> problem)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && problem(path) is { } text)
            {
                result.AddError($"{option.Name} {Show(path)}: {text}");
            }
        });
        return option;
    }

    /// <summary>A path as errors show it: as given, quoted when blank.</summary>
    public static string Show(string path) => string.IsNullOrWhiteSpace(path) ? $"'{path}'" : path;

    /// <summary>Why a file cannot be written into <paramref name="folder"/>, which may not exist yet: a file where a
    /// parent folder should be, or a nearest existing folder that takes no new files.</summary>
    private static string? CreatableProblem(string? folder) =>
        FileInTheWay(folder, out var nearest) ?? (nearest is not null && UnwritableProblem(nearest) is { } problem ? $"{nearest} {problem}" : null);

    /// <summary>A file where <paramref name="folder"/> or one of its parents should be; else null, with the nearest
    /// folder that exists on the way up (itself included).</summary>
    private static string? FileInTheWay(string? folder, out string? nearest)
    {
        nearest = null;
        for (var current = folder is null ? null : Path.GetFullPath(folder); current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return $"{current} is a file, not a folder";
            }
            if (Directory.Exists(current))
            {
                nearest = current;
                return null;
            }
        }
        return null;
    }

    /// <summary>Tries a file in <paramref name="folder"/> (deleted on close), so an output that would fail after the
    /// work is done (a read-only or foreign folder) fails before it.</summary>
    private static string? UnwritableProblem(string folder)
    {
        string probe = Path.Combine(folder, $".regioncount-write-check-{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "is not writable (permission denied)";
        }
        catch (IOException e)
        {
            return $"is not writable ({e.Message.Replace(probe, "a new file", StringComparison.Ordinal)})";
        }
    }

    private static string Missing(string path) => FileInTheWay(Path.GetDirectoryName(Path.GetFullPath(path)), out _) ?? "not found";

    private static string? Unreadable(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"cannot be read ({e.Message})";
        }
    }
}
