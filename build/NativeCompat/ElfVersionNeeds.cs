// Native compatibility step for libLibTorchSharp.so (see Directory.Build.targets).
//
// TorchSharp 0.107.0's libLibTorchSharp.so lists GLIBCXX_3.4.32 among its libstdc++ version needs. Its only
// symbol of that version, std::ios_base_library_init(), is a marker no relocation uses, so on hosts whose
// libstdc++ stops at 3.4.31 (Debian 12 and similar) the library is fine except that the loader refuses it.
// Setting VER_FLG_WEAK on that one entry of .gnu.version_r turns the refusal into nothing at all.
//
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory (which also sees the task class at the
// bottom) and into the RegionCount library with NATIVECOMPAT_LIBRARY defined, where `regioncount info` and the
// unit tests use the reader. It therefore sticks to netstandard2.0 APIs and block namespaces.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RegionCount.NativeCompat
{
    /// <summary>One Elf64_Vernaux entry: a version a shared object needs from one of its dependencies.</summary>
    internal sealed class VersionNeed
    {
        public VersionNeed(string file, string name, ushort flags, long flagsOffset)
        {
            File = file;
            Name = name;
            Flags = flags;
            FlagsOffset = flagsOffset;
        }

        public string File { get; }
        public string Name { get; }
        public ushort Flags { get; }
        public long FlagsOffset { get; }
        public bool IsWeak => (Flags & ElfVersionNeeds.VerFlagWeak) != 0;
    }

    /// <summary>Outcome of <see cref="ElfVersionNeeds.MarkWeak"/>.</summary>
    internal enum MarkWeakOutcome
    {
        Marked,
        AlreadyWeak,
        NotNeeded,
    }

    /// <summary>Reads and edits the symbol-versioning sections of little-endian ELF64 shared objects.</summary>
    internal static class ElfVersionNeeds
    {
        public const ushort VerFlagWeak = 0x2;
        private const uint ShtGnuVerdef = 0x6ffffffd;
        private const uint ShtGnuVerneed = 0x6ffffffe;
        private static readonly char[] PathSeparator = { ':' };
        private static readonly string[] SystemLibraryDirectories =
        {
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib",
        };

        /// <summary>Every version need listed in .gnu.version_r, with the file offset of its flags field.</summary>
        public static List<VersionNeed> ReadNeeds(byte[] elf, string path)
        {
            var needs = new List<VersionNeed>();
            var sections = ReadSections(elf, path);
            foreach (var section in sections)
            {
                if (section.Type != ShtGnuVerneed)
                {
                    continue;
                }
                var strtab = StringTable(sections, section.Link, elf, path);
                long entry = (long)section.Offset;
                for (uint i = 0; i < section.Info; i++)
                {
                    Require(elf, entry, 16, path, "Elf64_Verneed");
                    ushort count = U16(elf, entry + 2);
                    string file = CString(elf, strtab + U32(elf, entry + 4), path);
                    long aux = entry + U32(elf, entry + 8);
                    for (int j = 0; j < count; j++)
                    {
                        Require(elf, aux, 16, path, "Elf64_Vernaux");
                        string name = CString(elf, strtab + U32(elf, aux + 8), path);
                        needs.Add(new VersionNeed(file, name, U16(elf, aux + 4), aux + 4));
                        uint nextAux = U32(elf, aux + 12);
                        if (nextAux == 0)
                        {
                            break;
                        }
                        aux += nextAux;
                    }
                    uint next = U32(elf, entry + 12);
                    if (next == 0)
                    {
                        break;
                    }
                    entry += next;
                }
            }
            return needs;
        }

        /// <summary>Every version name a library defines in .gnu.version_d (e.g. GLIBCXX_3.4.31).</summary>
        public static HashSet<string> ReadDefinitions(byte[] elf, string path)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var sections = ReadSections(elf, path);
            foreach (var section in sections)
            {
                if (section.Type != ShtGnuVerdef)
                {
                    continue;
                }
                var strtab = StringTable(sections, section.Link, elf, path);
                long entry = (long)section.Offset;
                for (uint i = 0; i < section.Info; i++)
                {
                    Require(elf, entry, 20, path, "Elf64_Verdef");
                    long aux = entry + U32(elf, entry + 12);
                    Require(elf, aux, 8, path, "Elf64_Verdaux");
                    names.Add(CString(elf, strtab + U32(elf, aux), path));
                    uint next = U32(elf, entry + 16);
                    if (next == 0)
                    {
                        break;
                    }
                    entry += next;
                }
            }
            return names;
        }

        /// <summary>Sets VER_FLG_WEAK on the need for <paramref name="version"/> from <paramref name="fromFile"/>.</summary>
        public static MarkWeakOutcome MarkWeak(byte[] elf, string path, string fromFile, string version)
        {
            foreach (var need in ReadNeeds(elf, path))
            {
                if (need.File != fromFile || need.Name != version)
                {
                    continue;
                }
                if (need.IsWeak)
                {
                    return MarkWeakOutcome.AlreadyWeak;
                }
                ushort flags = (ushort)(need.Flags | VerFlagWeak);
                elf[need.FlagsOffset] = (byte)(flags & 0xff);
                elf[need.FlagsOffset + 1] = (byte)(flags >> 8);
                return MarkWeakOutcome.Marked;
            }
            return MarkWeakOutcome.NotNeeded;
        }

        /// <summary>
        /// The libstdc++ the dynamic loader would pick, searched the way ld.so does for a library without
        /// RUNPATH entries that hold one: LD_LIBRARY_PATH, then the multiarch and plain system directories.
        /// </summary>
        public static string? FindHostLibrary(string soname, string? ldLibraryPath)
        {
            var dirs = new List<string>();
            if (!string.IsNullOrEmpty(ldLibraryPath))
            {
                dirs.AddRange(ldLibraryPath!.Split(PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            }
            dirs.AddRange(SystemLibraryDirectories);
            foreach (var dir in dirs)
            {
                string candidate = Path.Combine(dir, soname);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            return null;
        }

        private sealed class Section
        {
            public uint Type;
            public ulong Offset;
            public ulong Size;
            public uint Link;
            public uint Info;
        }

        private static List<Section> ReadSections(byte[] elf, string path)
        {
            if (elf.Length < 4 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            {
                throw new InvalidDataException(path + ": not an ELF file (bad magic number)");
            }
            Require(elf, 0, 64, path, "ELF header");
            if (elf[4] != 2 || elf[5] != 1)
            {
                throw new InvalidDataException(path + ": only little-endian 64-bit ELF files are supported");
            }
            long shoff = (long)U64(elf, 0x28);
            ushort shentsize = U16(elf, 0x3a);
            ushort shnum = U16(elf, 0x3c);
            if (shentsize < 64)
            {
                throw new InvalidDataException(path + ": section header entry size " + shentsize + " is too small");
            }
            var sections = new List<Section>(shnum);
            for (int i = 0; i < shnum; i++)
            {
                long at = shoff + (long)i * shentsize;
                Require(elf, at, 64, path, "section header " + i);
                var section = new Section
                {
                    Type = U32(elf, at + 4),
                    Offset = U64(elf, at + 0x18),
                    Size = U64(elf, at + 0x20),
                    Link = U32(elf, at + 0x28),
                    Info = U32(elf, at + 0x2c),
                };
                if (section.Type != 8 && section.Offset + section.Size > (ulong)elf.LongLength)
                {
                    throw new InvalidDataException(path + ": section " + i + " runs past the end of the file");
                }
                sections.Add(section);
            }
            return sections;
        }

        private static long StringTable(List<Section> sections, uint index, byte[] elf, string path)
        {
            if (index >= sections.Count)
            {
                throw new InvalidDataException(path + ": version section links to missing string table " + index);
            }
            return (long)sections[(int)index].Offset;
        }

        private static string CString(byte[] elf, long at, string path)
        {
            long end = at;
            while (end < elf.LongLength && elf[end] != 0)
            {
                end++;
            }
            if (end >= elf.LongLength)
            {
                throw new InvalidDataException(path + ": unterminated string at offset " + at);
            }
            return Encoding.ASCII.GetString(elf, (int)at, (int)(end - at));
        }

        private static void Require(byte[] elf, long at, int length, string path, string what)
        {
            if (at < 0 || at + length > elf.LongLength)
            {
                throw new InvalidDataException(path + ": truncated " + what + " at offset " + at);
            }
        }

        private static ushort U16(byte[] b, long at) => (ushort)(b[at] | (b[at + 1] << 8));

        private static uint U32(byte[] b, long at) => (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));

        private static ulong U64(byte[] b, long at) => U32(b, at) | ((ulong)U32(b, at + 4) << 32);
    }

#if !NATIVECOMPAT_LIBRARY
    /// <summary>
    /// MSBuild task: in the build output only, marks <see cref="Version"/> weak in <see cref="Library"/> when the
    /// host's <see cref="Provider"/> does not define it. Idempotent; writes through a temp file and a rename, so a
    /// hard link into the NuGet cache is replaced, never written through.
    /// </summary>
    public sealed class MarkVersionNeedWeak : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required]
        public string Library { get; set; } = "";

        public string Provider { get; set; } = "libstdc++.so.6";

        public string Version { get; set; } = "GLIBCXX_3.4.32";

        /// <summary>What happened: patched, already-weak, host-provides, not-needed, no-host-library.</summary>
        [Microsoft.Build.Framework.Output]
        public string Outcome { get; set; } = "";

        public override bool Execute()
        {
            try
            {
                string? host = ElfVersionNeeds.FindHostLibrary(Provider, Environment.GetEnvironmentVariable("LD_LIBRARY_PATH"));
                if (host != null && ElfVersionNeeds.ReadDefinitions(File.ReadAllBytes(host), host).Contains(Version))
                {
                    Outcome = "host-provides";
                    return true;
                }
                byte[] elf = File.ReadAllBytes(Library);
                var result = ElfVersionNeeds.MarkWeak(elf, Library, Provider, Version);
                if (result == MarkWeakOutcome.Marked)
                {
                    var stamp = File.GetLastWriteTimeUtc(Library);
                    string temp = Library + ".nativecompat.tmp";
                    File.WriteAllBytes(temp, elf);
                    // A rename, not a write through the old inode: a hard link into the package cache stays intact.
                    File.Replace(temp, Library, null);
                    // Keep the timestamp so incremental copies still see the file as up to date.
                    File.SetLastWriteTimeUtc(Library, stamp);
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
                        "RegionCount native compatibility: marked " + Version + " weak in " + Library +
                        " (host " + (host ?? Provider + " not found") + " lacks it)");
                }
                Outcome = result == MarkWeakOutcome.Marked ? "patched"
                    : result == MarkWeakOutcome.AlreadyWeak ? "already-weak"
                    : host == null ? "no-host-library" : "not-needed";
                return true;
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
            {
                Log.LogError("RegionCount native compatibility: " + e.Message);
                return false;
            }
        }
    }
#endif
}
