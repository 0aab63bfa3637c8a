using FluentAssertions;
using RegionCount.NativeCompat;
using Xunit;

namespace RegionCount.Tests.Runtime;

public sealed class ElfVersionNeedsTests
{
    private static byte[] TorchSharpLike() => CraftedElf.Build(
        [
            ("libc.so.6", [("GLIBC_2.34", 0), ("GLIBC_2.2.5", 0)]),
            ("libstdc++.so.6", [("GLIBCXX_3.4.30", 0), ("GLIBCXX_3.4.32", 0), ("CXXABI_1.3.13", 0)]),
        ],
        ["libLibTorchSharp.so"]);

    [Fact]
    public void Reads_every_need_with_its_file()
    {
        var needs = ElfVersionNeeds.ReadNeeds(TorchSharpLike(), "crafted.so");

        needs.Select(n => $"{n.File}:{n.Name}").Should().Equal(
            "libc.so.6:GLIBC_2.34", "libc.so.6:GLIBC_2.2.5",
            "libstdc++.so.6:GLIBCXX_3.4.30", "libstdc++.so.6:GLIBCXX_3.4.32", "libstdc++.so.6:CXXABI_1.3.13");
        needs.Should().OnlyContain(n => !n.IsWeak);
    }

    [Fact]
    public void Marks_only_the_named_need_weak_and_changes_nothing_else()
    {
        var original = TorchSharpLike();
        var elf = (byte[])original.Clone();

        var outcome = ElfVersionNeeds.MarkWeak(elf, "crafted.so", "libstdc++.so.6", "GLIBCXX_3.4.32");

        outcome.Should().Be(MarkWeakOutcome.Marked);
        var needs = ElfVersionNeeds.ReadNeeds(elf, "crafted.so");
        needs.Where(n => n.IsWeak).Select(n => n.Name).Should().Equal("GLIBCXX_3.4.32");
        needs.Single(n => n.IsWeak).Flags.Should().Be(ElfVersionNeeds.VerFlagWeak);
        var changed = Enumerable.Range(0, elf.Length).Where(i => elf[i] != original[i]).ToList();
        changed.Should().ContainSingle("exactly one byte, the low byte of vna_flags, changes");
    }

    [Fact]
    public void Marking_twice_is_idempotent()
    {
        var elf = TorchSharpLike();
        ElfVersionNeeds.MarkWeak(elf, "crafted.so", "libstdc++.so.6", "GLIBCXX_3.4.32");
        var once = (byte[])elf.Clone();

        var outcome = ElfVersionNeeds.MarkWeak(elf, "crafted.so", "libstdc++.so.6", "GLIBCXX_3.4.32");

        outcome.Should().Be(MarkWeakOutcome.AlreadyWeak);
        elf.Should().Equal(once);
    }

    [Fact]
    public void A_version_needed_from_another_file_is_not_touched()
    {
        var elf = TorchSharpLike();
        var before = (byte[])elf.Clone();

        ElfVersionNeeds.MarkWeak(elf, "crafted.so", "libc.so.6", "GLIBCXX_3.4.32").Should().Be(MarkWeakOutcome.NotNeeded);
        elf.Should().Equal(before);
    }

    [Fact]
    public void Reads_definitions()
    {
        var elf = CraftedElf.Build([], ["libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.31"]);

        ElfVersionNeeds.ReadDefinitions(elf, "lib.so").Should().BeEquivalentTo("libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.31");
    }

    [Fact]
    public void Rejects_a_file_that_is_not_elf_with_its_name()
    {
        var act = () => ElfVersionNeeds.ReadNeeds("not an elf file at all, just text padding to 64 bytes ........."u8.ToArray(), "x.so");

        act.Should().Throw<InvalidDataException>().WithMessage("x.so: not an ELF file*");
    }

    [Fact]
    public void Rejects_a_truncated_section_table()
    {
        var elf = TorchSharpLike();
        var cut = elf[..(int)(CraftedElf.SectionHeaderOffset(elf) + 100)];

        var act = () => ElfVersionNeeds.ReadNeeds(cut, "cut.so");

        act.Should().Throw<InvalidDataException>().WithMessage("cut.so: truncated section header*");
    }

    [Fact]
    public void Finds_a_library_on_LD_LIBRARY_PATH_first()
    {
        var dir = Directory.CreateTempSubdirectory("rc-ldpath");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "libfake.so.1"), [1]);

            ElfVersionNeeds.FindHostLibrary("libfake.so.1", "/nonexistent:" + dir.FullName)
                .Should().Be(Path.Combine(dir.FullName, "libfake.so.1"));
            ElfVersionNeeds.FindHostLibrary("libfake.so.1", null).Should().BeNull();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
