namespace RegionCount.Data;

/// <summary>
/// The ImageNet-1k folder layout, read without decoding an image: <c>train/&lt;wnid&gt;/*.JPEG</c>, and the validation
/// images either in class folders, <c>val/&lt;wnid&gt;/*.JPEG</c> (the layout the usual valprep.sh script makes), or flat,
/// <c>val/*.JPEG</c> with Kaggle's <c>LOC_val_solution.csv</c> (its first word after the comma is the image's wnid) beside
/// train/ and val/ or in one of the three folders above. Class index = position of the wnid in the sorted (ordinal)
/// list of train/'s class folders, torchvision's ImageFolder convention; files are sorted by name within a class.
/// Images are the files directly in a class folder with an extension SkiaSharp decodes (.jpeg, .jpg, .png, .bmp,
/// .webp, any case); other files are ignored, as torchvision ignores them (its .ppm, .pgm and .tif are not read here).
/// </summary>
public sealed partial class ImageFolderIndex
{
    public const string TrainFolder = "train";
    public const string ValFolder = "val";
    public const string ValSolution = "LOC_val_solution.csv";

    private static readonly string[] Extensions = [".jpeg", ".jpg", ".png", ".bmp", ".webp"];

    private ImageFolderIndex(string folder, IReadOnlyList<string> classes, ImageFolderSplit train, ImageFolderSplit test, string? solution)
    {
        Folder = folder;
        Classes = classes;
        Train = train;
        Test = test;
        SolutionFile = solution;
    }

    /// <summary>The dataset folder (holding train/ and val/).</summary>
    public string Folder { get; }

    /// <summary>The class folder names (wnids), sorted: the class index is the position here.</summary>
    public IReadOnlyList<string> Classes { get; }

    public ImageFolderSplit Train { get; }

    /// <summary>The validation split (ImageNet's test set for the paper's purposes).</summary>
    public ImageFolderSplit Test { get; }

    /// <summary>The LOC_val_solution.csv the labels of a flat val/ came from; null for class folders.</summary>
    public string? SolutionFile { get; }

    /// <summary>Lists <paramref name="folder"/>'s images.</summary>
    /// <exception cref="InvalidDataException">The layout is not an ImageFolder (one line naming the folder and what is wrong).</exception>
    public static ImageFolderIndex Scan(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder = Path.GetFullPath(folder);
        string train = Path.Combine(folder, TrainFolder), val = Path.Combine(folder, ValFolder);
        if (!Directory.Exists(train) || !Directory.Exists(val))
        {
            throw Problem(folder, $"needs the folders {TrainFolder}/ and {ValFolder}/ (train/<wnid>/*.JPEG)");
        }
        var classes = Directory.EnumerateDirectories(train).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        if (classes.Count == 0)
        {
            throw Problem(folder, $"{TrainFolder}/ holds no class folders (expected {TrainFolder}/<wnid>/*.JPEG)");
        }
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var trainSplit = ClassFolders(folder, TrainFolder, classes, index);
        string? solution = null;
        ImageFolderSplit valSplit;
        if (Directory.EnumerateDirectories(val).Any())
        {
            var valClasses = Directory.EnumerateDirectories(val).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
            valSplit = ClassFolders(folder, ValFolder, valClasses, index);
        }
        else
        {
            solution = FindSolution(folder) ?? throw Problem(folder,
                $"{ValFolder}/ holds neither class folders ({ValFolder}/<wnid>/*.JPEG) nor, with it, a {ValSolution} beside {TrainFolder}/ and {ValFolder}/ or up to three folders above");
            valSplit = Flat(folder, val, solution, index);
        }
        return new ImageFolderIndex(folder, classes, trainSplit, valSplit, solution);
    }

    /// <summary>The images of <paramref name="split"/>/&lt;class&gt;/ for every class folder there; a class train/ lacks, or
    /// a class folder without images, is a problem.</summary>
    private static ImageFolderSplit ClassFolders(string folder, string split, List<string> classes, Dictionary<string, int> index)
    {
        var folders = new List<string>(classes.Count);
        var files = new List<ImageFile>();
        foreach (var name in classes)
        {
            if (!index.TryGetValue(name, out int label))
            {
                throw Problem(folder, $"{split}/{name} is a class that {TrainFolder}/ does not have");
            }
            string path = Path.Combine(folder, split, name);
            int before = files.Count;
            files.AddRange(Images(path).Select(f => new ImageFile(folders.Count, f, label)));
            if (files.Count == before)
            {
                throw Problem(folder, $"{split}/{name} holds no images ({string.Join(", ", Extensions)})");
            }
            folders.Add(path);
        }
        return new ImageFolderSplit(split, folders, files);
    }

    /// <summary>A flat val/ labelled by Kaggle's solution file: every image needs its row.</summary>
    private static ImageFolderSplit Flat(string folder, string val, string solution, Dictionary<string, int> index)
    {
        var labels = ReadSolution(solution);
        var names = Images(val);
        if (names.Count == 0)
        {
            throw Problem(folder, $"{ValFolder}/ holds no images and no class folders");
        }
        var files = new List<ImageFile>(names.Count);
        foreach (var name in names)
        {
            var id = Path.GetFileNameWithoutExtension(name);
            if (!labels.TryGetValue(id, out var wnid))
            {
                throw Problem(folder, $"{ValFolder}/{name} has no row in {solution}");
            }
            if (!index.TryGetValue(wnid, out int label))
            {
                throw Problem(folder, $"{solution}: {id} is labelled {wnid}, a class that {TrainFolder}/ does not have");
            }
            files.Add(new ImageFile(0, name, label));
        }
        return new ImageFolderSplit(ValFolder, [val], files);
    }

    /// <summary>Null when <paramref name="folder"/> is an ImageFolder whose first training and first validation image
    /// decode; else the one line saying what is wrong (the layout, or the file that does not decode).</summary>
    public static string? Problem(string folder)
    {
        try
        {
            var index = Scan(folder);
            foreach (var split in new[] { index.Train, index.Test })
            {
                ImageDecoder.Decode(split.PathOf(0)).Dispose();
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }

    /// <summary>ImageId → wnid from the rows "ImageId,wnid x y x y …" after the header.</summary>
    private static Dictionary<string, string> ReadSolution(string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)).Skip(1).Where(p => p.l.Length > 0))
        {
            int comma = line.IndexOf(',', StringComparison.Ordinal);
            var words = comma < 0 ? [] : line[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (comma <= 0 || words.Length == 0)
            {
                throw new InvalidDataException($"{path}: line {number} is not 'ImageId,wnid ...'");
            }
            labels[line[..comma]] = words[0];
        }
        return labels;
    }

    /// <summary>The solution file in <paramref name="folder"/> or one of the three folders above it (Kaggle's layout puts
    /// it three above ILSVRC/Data/CLS-LOC).</summary>
    private static string? FindSolution(string folder)
    {
        var dir = new DirectoryInfo(folder);
        for (int up = 0; up <= 3 && dir is not null; up++, dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, ValSolution);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The image files directly in <paramref name="path"/>, sorted by name (ordinal).</summary>
    private static List<string> Images(string path) =>
        [.. Directory.EnumerateFiles(path).Select(f => Path.GetFileName(f)!)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];

    private static InvalidDataException Problem(string folder, string message) => new($"imagenet at {folder}: {message}");
}
