using System.Runtime.InteropServices;

namespace RegionCount.Experiments;

/// <summary>POSIX link(2): the one file operation that creates a name atomically and fails when it exists on every
/// NFS version (open with O_CREAT|O_EXCL is atomic only from NFSv3 on, and the Linux man page for open(2) recommends
/// link for lock files on NFS).</summary>
internal static class HardLink
{
    private const int AlreadyExists = 17; // EEXIST on Linux and macOS

    /// <summary>Whether this platform has link(2) (Linux, macOS); elsewhere callers fall back to an exclusive create.</summary>
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Links <paramref name="existing"/> as <paramref name="name"/>: true when created, false when
    /// <paramref name="name"/> exists.</summary>
    /// <exception cref="IOException">Any other failure (no hard links on this file system, permissions), with errno.</exception>
    public static bool TryCreate(string existing, string name)
    {
        if (Link(existing, name) == 0)
        {
            return true;
        }
        int errno = Marshal.GetLastPInvokeError();
        return errno == AlreadyExists ? false : throw new IOException($"link {existing} -> {name}: errno {errno}");
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
