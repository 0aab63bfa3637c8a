using System.Text;

namespace RegionCount.Tests.Runtime;

/// <summary>
/// Writes minimal little-endian ELF64 files with a .dynstr, a .gnu.version_r (needs) and a .gnu.version_d
/// (definitions), laid out by hand from the gABI/LSB structure definitions, so the reader and the patcher are
/// tested on bytes we control.
/// </summary>
internal static class CraftedElf
{
    public const int HeaderSize = 64;
    public const int SectionHeaderSize = 64;

    /// <summary>An ELF with needs[file] = versions (flags per version) and the given defined versions.</summary>
    public static byte[] Build(IReadOnlyList<(string File, IReadOnlyList<(string Version, ushort Flags)> Versions)> needs,
        IReadOnlyList<string> definitions)
    {
        var strings = new MemoryStream();
        strings.WriteByte(0);
        int Str(string s)
        {
            int at = (int)strings.Length;
            var bytes = Encoding.ASCII.GetBytes(s);
            strings.Write(bytes);
            strings.WriteByte(0);
            return at;
        }

        // .gnu.version_r: Elf64_Verneed (16 bytes) followed by its Elf64_Vernaux entries (16 bytes each).
        var verneed = new MemoryStream();
        for (int i = 0; i < needs.Count; i++)
        {
            var (file, versions) = needs[i];
            int size = 16 + (16 * versions.Count);
            Write16(verneed, 1);
            Write16(verneed, (ushort)versions.Count);
            Write32(verneed, (uint)Str(file));
            Write32(verneed, 16);
            Write32(verneed, i == needs.Count - 1 ? 0u : (uint)size);
            for (int j = 0; j < versions.Count; j++)
            {
                Write32(verneed, 0x0123);
                Write16(verneed, versions[j].Flags);
                Write16(verneed, (ushort)(2 + j));
                Write32(verneed, (uint)Str(versions[j].Version));
                Write32(verneed, j == versions.Count - 1 ? 0u : 16u);
            }
        }

        // .gnu.version_d: Elf64_Verdef (20 bytes) + one Elf64_Verdaux (8 bytes) each.
        var verdef = new MemoryStream();
        for (int i = 0; i < definitions.Count; i++)
        {
            Write16(verdef, 1);
            Write16(verdef, 0);
            Write16(verdef, (ushort)(i + 1));
            Write16(verdef, 1);
            Write32(verdef, 0x0456);
            Write32(verdef, 20);
            Write32(verdef, i == definitions.Count - 1 ? 0u : 28u);
            Write32(verdef, (uint)Str(definitions[i]));
            Write32(verdef, 0);
        }

        byte[] dynstr = strings.ToArray(), vr = verneed.ToArray(), vd = verdef.ToArray();
        long dynstrAt = HeaderSize, vrAt = dynstrAt + dynstr.Length, vdAt = vrAt + vr.Length;
        long shoff = (vdAt + vd.Length + 7) / 8 * 8;
        var elf = new byte[shoff + (4 * SectionHeaderSize)];
        elf[0] = 0x7f;
        elf[1] = (byte)'E';
        elf[2] = (byte)'L';
        elf[3] = (byte)'F';
        elf[4] = 2; // ELFCLASS64
        elf[5] = 1; // ELFDATA2LSB
        elf[6] = 1;
        Put16(elf, 0x10, 3); // ET_DYN
        Put16(elf, 0x12, 62); // EM_X86_64
        Put64(elf, 0x28, (ulong)shoff);
        Put16(elf, 0x34, HeaderSize);
        Put16(elf, 0x3a, SectionHeaderSize);
        Put16(elf, 0x3c, 4);
        dynstr.CopyTo(elf, dynstrAt);
        vr.CopyTo(elf, vrAt);
        vd.CopyTo(elf, vdAt);
        Section(elf, shoff, 1, 3, dynstrAt, dynstr.Length, 0, 0);
        Section(elf, shoff, 2, 0x6ffffffe, vrAt, vr.Length, 1, (uint)needs.Count);
        Section(elf, shoff, 3, 0x6ffffffd, vdAt, vd.Length, 1, (uint)definitions.Count);
        return elf;
    }

    /// <summary>The file offset of the section header table (for corrupting tests).</summary>
    public static long SectionHeaderOffset(byte[] elf) => (long)BitConverter.ToUInt64(elf, 0x28);

    private static void Section(byte[] elf, long shoff, int index, uint type, long offset, long size, uint link, uint info)
    {
        long at = shoff + (index * SectionHeaderSize);
        Put32(elf, at + 4, type);
        Put64(elf, at + 0x18, (ulong)offset);
        Put64(elf, at + 0x20, (ulong)size);
        Put32(elf, at + 0x28, link);
        Put32(elf, at + 0x2c, info);
    }

    private static void Write16(Stream s, ushort v) => s.Write(BitConverter.GetBytes(v));

    private static void Write32(Stream s, uint v) => s.Write(BitConverter.GetBytes(v));

    private static void Put16(byte[] b, long at, ushort v) => BitConverter.GetBytes(v).CopyTo(b, at);

    private static void Put32(byte[] b, long at, uint v) => BitConverter.GetBytes(v).CopyTo(b, at);

    private static void Put64(byte[] b, long at, ulong v) => BitConverter.GetBytes(v).CopyTo(b, at);
}
