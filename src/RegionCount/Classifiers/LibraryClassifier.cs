using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using RegionCount.Experiments;
using static TorchSharp.torch;

namespace RegionCount.Classifiers;

/// <summary>
/// A classifier of flattened pixels trained by ML.NET, for the families a library here offers (every one but k-NN):
/// <list type="bullet">
/// <item>decision-tree: one round of LightGBM's multiclass boosting, so one tree per class fitted to the softmax
/// loss's gradient and the label the argmax of the ten trees' outputs. ML.NET has no single multiclass tree (FastTree
/// is binary, one versus all); LightGBM is one model of all classes, and on 3,072 features it fitted 10-30× faster
/// than one-versus-all FastTree here. Setting: the most leaves per tree (grown leaf-wise, depth unlimited), learning
/// rate 1, at least one example per leaf.</item>
/// <item>random-forest: FastForest (bagged trees on a fraction of the features), one versus all on the forests' raw
/// scores (each the mean leaf value over the trees, comparable across classes). Setting: the most leaves per tree; the
/// trees per class come from the spec.</item>
/// <item>logistic-regression: SDCA maximum entropy (multinomial logistic regression). Setting: the L2 regularization λ.</item>
/// <item>linear-svm: LinearSvm (Pegasos), one versus all on raw scores. Setting: λ; passes over the data from the spec.</item>
/// </list>
/// Every trainer runs on one thread with the run's seed, so a fit is the same in every run on a machine.
/// </summary>
internal sealed class LibraryClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly int _classes;

    private LibraryClassifier(MLContext ml, ITransformer model, int classes)
    {
        _ml = ml;
        _model = model;
        _classes = classes;
    }

    /// <summary>Fits <paramref name="spec"/>'s family at <paramref name="setting"/> on <paramref name="train"/>.</summary>
    public static LibraryClassifier Fit(ClassifierSpec spec, double setting, IDataView train, int classes, long seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var ml = new MLContext(seed: unchecked((int)seed));
        return new LibraryClassifier(ml, Trainer(ml, spec, setting, seed).Fit(train), classes);
    }

    /// <summary>The rows of a dataset split in the form <see cref="Fit"/> and <see cref="Predict(IDataView)"/> take.</summary>
    public static IDataView Rows(Tensor images, Tensor labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        return PixelRows.Of(new MLContext(seed: 0), images, labels.to(int32).cpu().data<int>().ToArray(), classes);
    }

    /// <summary>The labels of <paramref name="rows"/>.</summary>
    public int[] Predict(IDataView rows) => PixelRows.PredictedLabels(_model.Transform(rows));

    /// <summary>The labels of <paramref name="points"/> (N×C×H×W, any device).</summary>
    public int[] Predict(Tensor points) => Predict(PixelRows.Of(_ml, points, null, _classes));

    private static IEstimator<ITransformer> Trainer(MLContext ml, ClassifierSpec spec, double setting, long seed) => spec.Family switch
    {
        ClassifierFamily.DecisionTree => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = 1,
            LearningRate = 1,
            NumberOfLeaves = Leaves(setting),
            MinimumExampleCountPerLeaf = 1,
            MaximumBinCountPerFeature = spec.Bins ?? 255,
            NumberOfThreads = 1,
            Seed = unchecked((int)seed),
            LabelColumnName = PixelRows.Label,
            FeatureColumnName = PixelRows.Features,
        }),
        ClassifierFamily.RandomForest => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
            {
                NumberOfTrees = spec.Trees ?? throw new InvalidDataException("random-forest: no trees (the profile validator requires them)"),
                NumberOfLeaves = Leaves(setting),
                MinimumExampleCountPerLeaf = 1,
                MaximumBinCountPerFeature = spec.Bins ?? 255,
                NumberOfThreads = 1,
                Seed = unchecked((int)seed),
                FeatureColumnName = PixelRows.Features,
            }), labelColumnName: PixelRows.Label, useProbabilities: false),
        ClassifierFamily.LogisticRegression => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)setting,
            NumberOfThreads = 1,
            LabelColumnName = PixelRows.Label,
            FeatureColumnName = PixelRows.Features,
        }),
        ClassifierFamily.LinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                Lambda = (float)setting,
                NumberOfIterations = spec.Iterations ?? throw new InvalidDataException("linear-svm: no iterations (the profile validator requires them)"),
                FeatureColumnName = PixelRows.Features,
            }), labelColumnName: PixelRows.Label, useProbabilities: false),
        _ => throw new InvalidDataException($"classifier family {spec.Family}: not trained by a library (k-NN is NearestNeighbours)"),
    };

    private static int Leaves(double setting) => checked((int)setting);
}
