using FluentAssertions;
using RegionCount.Data;
using RegionCount.Execution;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>The ImageFolder layout of ImageNet on a folder the test writes: class order, labels, file order, the flat
/// validation layout with Kaggle's solution file, counts, the manifest identity, and the one-line errors of a folder
/// that is not an ImageFolder.</summary>
public sealed class ImageFolderIndexTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-imagefolder");

    public void Dispose() => _root.Delete(recursive: true);

    private string Folder(int train = 3, int val = 2) => TinyImageFolder.Write(Path.Combine(_root.FullName, "imagenet"), train, val);

    [Fact]
    public void Classes_are_the_sorted_wnids_and_labels_follow_them_file_names_sorted_within_a_class()
    {
        var index = ImageFolderIndex.Scan(Folder());

        index.Classes.Should().Equal("n01440764", "n01530575", "n02102040", "n03000134");
        index.Train.Labels().Should().Equal(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        index.Test.Labels().Should().Equal(0, 0, 1, 1, 2, 2, 3, 3);
        index.Train.PathOf(0).Should().EndWith(Path.Combine("train", "n01440764", "n01440764_0001.JPEG"));
        index.Train.PathOf(2).Should().EndWith("n01440764_0003.JPEG");
        index.SolutionFile.Should().BeNull();
    }

    [Fact]
    public void A_flat_val_folder_is_labelled_by_loc_val_solution_csv_found_above_it()
    {
        string folder = Folder(train: 1, val: 0);
        foreach (var dir in Directory.GetDirectories(Path.Combine(folder, "val")))
        {
            Directory.Delete(dir);
        }
        File.WriteAllBytes(Path.Combine(folder, "val", "ILSVRC2012_val_00000002.JPEG"), TinyImageFolder.Jpeg(new Random(1), 0));
        File.WriteAllBytes(Path.Combine(folder, "val", "ILSVRC2012_val_00000001.JPEG"), TinyImageFolder.Jpeg(new Random(2), 0));
        File.WriteAllLines(Path.Combine(_root.FullName, ImageFolderIndex.ValSolution),
            ["ImageId,PredictionString", "ILSVRC2012_val_00000001,n03000134 1 2 30 40 n03000134 3 4 20 20", "ILSVRC2012_val_00000002,n01530575 5 6 7 8"]);

        var index = ImageFolderIndex.Scan(folder);

        index.Test.Files.Select(f => f.Name).Should().Equal("ILSVRC2012_val_00000001.JPEG", "ILSVRC2012_val_00000002.JPEG");
        index.Test.Labels().Should().Equal(3, 1);
        index.SolutionFile.Should().Be(Path.Combine(_root.FullName, ImageFolderIndex.ValSolution));
        index.Identity().Should().Contain("LOC_val_solution.csv");
    }

    [Fact]
    public void The_locator_finds_the_folder_and_the_counter_counts_its_images_without_decoding()
    {
        string folder = Folder(train: 3, val: 2);
        var locator = new DataLocator(_root.FullName, null);

        locator.Find(DatasetKind.ImageNet).Should().Be(folder);
        DatasetCounter.Count("imagenet", locator).Should().Be(new DatasetCount(12, 8, folder));
        new DataLocatorAvailability(locator).Check("imagenet").Should().BeNull();
    }

    [Fact]
    public void The_identity_is_a_manifest_of_paths_and_sizes_that_changes_with_a_file_size()
    {
        string folder = Folder();
        string before = ImageFolderIndex.Scan(folder).Identity();
        ImageFolderIndex.Scan(folder).Identity().Should().Be(before);
        before.Should().MatchRegex("^[0-9a-f]{64}  manifest of imagenet \\(12 train \\+ 8 val images, 4 classes");

        File.AppendAllText(Path.Combine(folder, "val", "n01440764", "n01440764_0001.JPEG"), "x");

        ImageFolderIndex.Scan(folder).Identity().Should().NotBe(before);
    }

    public static TheoryData<string, string> BadLayouts => new()
    {
        { "no-val", "needs the folders train/ and val/" },
        { "no-classes", "train/ holds no class folders" },
        { "empty-class", "train/n01440764 holds no images" },
        { "unknown-val-class", "val/n09999999 is a class that train/ does not have" },
        { "flat-val-without-solution", "val/ holds neither class folders" },
    };

    [Theory]
    [MemberData(nameof(BadLayouts))]
    public void A_folder_that_is_not_an_imagefolder_is_one_line_naming_it(string layout, string message)
    {
        string folder = Path.Combine(_root.FullName, "imagenet");
        Directory.CreateDirectory(Path.Combine(folder, "train"));
        Directory.CreateDirectory(Path.Combine(folder, "val"));
        switch (layout)
        {
            case "no-val":
                Directory.Delete(Path.Combine(folder, "val"));
                break;
            case "empty-class":
                Directory.CreateDirectory(Path.Combine(folder, "train", "n01440764"));
                File.WriteAllText(Path.Combine(folder, "train", "n01440764", "notes.txt"), "not an image");
                break;
            case "unknown-val-class":
                Folder();
                Directory.CreateDirectory(Path.Combine(folder, "val", "n09999999"));
                break;
            case "flat-val-without-solution":
                Folder(val: 0);
                foreach (var dir in Directory.GetDirectories(Path.Combine(folder, "val")))
                {
                    Directory.Delete(dir);
                }
                break;
        }

        var act = () => ImageFolderIndex.Scan(folder);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith($"imagenet at {folder}: ").And.Contain(message).And.NotContain("\n");
        ImageFolderIndex.Problem(folder).Should().Contain(message);
    }

    [Fact]
    public void A_garbage_jpeg_is_refused_by_the_availability_check_naming_the_file()
    {
        string folder = Folder();
        string bad = Path.Combine(folder, "train", "n01440764", "n01440764_0001.JPEG");
        File.WriteAllText(bad, "this is not a JPEG");

        new DataLocatorAvailability(new DataLocator(_root.FullName, null)).Check("imagenet").Should()
            .StartWith(bad).And.Contain("not an image SkiaSharp can decode");
    }
}
