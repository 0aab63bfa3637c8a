using System.Runtime.InteropServices;

namespace RegionCount.Runtime;

/// <summary>
/// The C library's environment, which native code (libtorch, oneDNN, MKL, libgomp) reads with getenv. On Linux
/// <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only .NET's copy, so settings meant for
/// native code are written here as well.
/// </summary>
internal static partial class NativeEnvironment
{
    private const string LibC = "libc.so.6";

    public static void Set(string name, string value)
    {
        if (SetEnv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>The value native code sees, or null when unset.</summary>
    public static string? Get(string name) => Marshal.PtrToStringUTF8(GetEnv(name));

    [LibraryImport(LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
