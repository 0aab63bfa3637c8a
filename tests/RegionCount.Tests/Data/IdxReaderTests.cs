using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class IdxReaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rc-idx");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_tiny_files_back_exactly(bool gzip)
    {
        // 3 images of 2x3, pixel k = 10k; labels 2, 0, 9.
        var images = DataFiles.IdxImages(3, 2, 3, k => (byte)(10 * k));
        var labels = DataFiles.IdxLabels(2, 0, 9);
        var suffix = gzip ? ".gz" : "";
        var imagesPath = DataFiles.Write(_dir, "img" + suffix, gzip ? DataFiles.Gzip(images) : images);
        var labelsPath = DataFiles.Write(_dir, "lab" + suffix, gzip ? DataFiles.Gzip(labels) : labels);

        using var data = IdxReader.Read("tiny", imagesPath, labelsPath, classes: 10, rows: 2, columns: 3);

        data.Shape.Should().Be(new InputShape(1, 2, 3));
        data.Labels.data<long>().ToArray().Should().Equal(2, 0, 9);
        data.Images.data<float>().ToArray().Should().Equal(Enumerable.Range(0, 18).Select(k => 10 * k / 255f));
    }

    [Fact]
    public void Gzip_is_detected_by_its_magic_even_without_the_extension()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.Gzip(DataFiles.IdxImages(1, 1, 1, _ => 255)));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1));

        using var data = IdxReader.Read("tiny", imagesPath, labelsPath, rows: 1, columns: 1);

        data.Images.data<float>().ToArray().Should().Equal(1f);
    }

    [Fact]
    public void Wrong_magic_number_names_the_file()
    {
        var imagesPath = DataFiles.Write(_dir, "labels-as-images", DataFiles.IdxLabels(1, 2));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1, 2));

        Reading(imagesPath, labelsPath, 28, 28).Should().Throw<InvalidDataException>()
            .WithMessage($"{imagesPath}: wrong magic number 0x00000801, expected 0x00000803*");
    }

    [Fact]
    public void Truncated_images_name_the_file_and_the_sizes()
    {
        var full = DataFiles.IdxImages(2, 2, 2, _ => 1);
        var imagesPath = DataFiles.Write(_dir, "img", full[..^1]);
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1, 2));

        Reading(imagesPath, labelsPath, 2, 2).Should().Throw<InvalidDataException>()
            .WithMessage($"{imagesPath}: truncated, 23 bytes but 2 images of 2x2 need 24");
    }

    [Fact]
    public void Truncated_header_is_reported()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.IdxImages(2, 2, 2, _ => 1)[..10]);
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1, 2));

        Reading(imagesPath, labelsPath, 2, 2).Should().Throw<InvalidDataException>().WithMessage($"{imagesPath}: truncated*header*");
    }

    [Fact]
    public void Truncated_gzip_stream_is_reported()
    {
        var gz = DataFiles.Gzip(DataFiles.IdxImages(50, 2, 2, k => (byte)k));
        var imagesPath = DataFiles.Write(_dir, "img.gz", gz[..(gz.Length / 2)]);
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1, 2));

        Reading(imagesPath, labelsPath, 2, 2).Should().Throw<InvalidDataException>().WithMessage($"{imagesPath}: *");
    }

    [Fact]
    public void Image_and_label_count_mismatch_names_both_files()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.IdxImages(3, 2, 2, _ => 1));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1, 2));

        Reading(imagesPath, labelsPath, 2, 2).Should().Throw<InvalidDataException>()
            .WithMessage($"{labelsPath}: 2 labels but {imagesPath} holds 3 images");
    }

    [Fact]
    public void Wrong_image_size_is_reported()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.IdxImages(1, 32, 32, _ => 1));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(1));

        Reading(imagesPath, labelsPath, 28, 28).Should().Throw<InvalidDataException>()
            .WithMessage($"{imagesPath}: images are 32x32, expected 28x28");
    }

    [Fact]
    public void Label_out_of_range_is_reported()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.IdxImages(2, 1, 1, _ => 1));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(3, 10));

        Reading(imagesPath, labelsPath, 1, 1).Should().Throw<InvalidDataException>()
            .WithMessage($"{labelsPath}: label 10 at index 1 is out of range [0, 10)");
    }

    [Fact]
    public void Trailing_bytes_are_reported()
    {
        var imagesPath = DataFiles.Write(_dir, "img", DataFiles.IdxImages(1, 1, 1, _ => 1));
        var labelsPath = DataFiles.Write(_dir, "lab", [.. DataFiles.IdxLabels(3), 7]);

        Reading(imagesPath, labelsPath, 1, 1).Should().Throw<InvalidDataException>()
            .WithMessage($"{labelsPath}: 1 trailing bytes after 1 labels");
    }

    [Fact]
    public void A_gz_name_without_gzip_content_is_reported()
    {
        var imagesPath = DataFiles.Write(_dir, "img.gz", DataFiles.IdxImages(1, 1, 1, _ => 1));
        var labelsPath = DataFiles.Write(_dir, "lab", DataFiles.IdxLabels(3));

        Reading(imagesPath, labelsPath, 1, 1).Should().Throw<InvalidDataException>()
            .WithMessage($"{imagesPath}: named .gz but is not gzip*");
    }

    private static Action Reading(string images, string labels, int rows, int columns) =>
        () => IdxReader.Read("bad", images, labels, classes: 10, rows: rows, columns: columns).Dispose();
}
