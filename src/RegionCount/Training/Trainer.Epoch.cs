using RegionCount.Data;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Training;

public static partial class Trainer
{
    /// <summary>One pass over the shuffled training set in train mode. Returns the mean loss (NaN/inf at the first
    /// non-finite batch loss, which stops the epoch before that step) and the running accuracy.</summary>
    private static (double Loss, double Accuracy) RunEpoch(
        nn.Module<Tensor, Tensor> model, OptimizerHelper optimizer, ImageDataset train, TrainingOptions options, int epoch, Device device)
    {
        model.train();
        using var order = new Generator(SeedStreams.Derive(options.Seed, epoch, SeedStreams.Order));
        using var augmentation = options.Augment ? new Generator(SeedStreams.Derive(options.Seed, epoch, SeedStreams.Augmentation)) : null;
        using var mixup = options.MixupAlpha > 0 ? new Mixup(options.MixupAlpha, SeedStreams.Derive(options.Seed, epoch, SeedStreams.Mixup)) : null;
        using var permutation = randperm(train.Count, generator: order);

        double lossSum = 0, correct = 0;
        long seen = 0;
        for (int start = 0; start < train.Count; start += options.BatchSize)
        {
            using var scope = NewDisposeScope();
            int n = Math.Min(options.BatchSize, train.Count - start);
            var indices = permutation.narrow(0, start, n);
            var inputs = TrainingInputs(train, indices, augmentation, options.CropFill);
            var labels = train.Labels.index_select(0, indices);
            inputs = inputs.to(device);
            labels = labels.to(device);

            optimizer.zero_grad();
            Tensor loss;
            if (mixup is not null)
            {
                var batch = mixup.Mix(inputs, labels);
                var output = model.call(batch.Inputs);
                loss = (nn.functional.cross_entropy(output, batch.TargetsA) * batch.Lambda)
                    + (nn.functional.cross_entropy(output, batch.TargetsB) * (1 - batch.Lambda));
                var predicted = output.argmax(1);
                correct += (batch.Lambda * predicted.eq(batch.TargetsA).sum().item<long>())
                    + ((1 - batch.Lambda) * predicted.eq(batch.TargetsB).sum().item<long>());
            }
            else
            {
                var output = model.call(inputs);
                loss = nn.functional.cross_entropy(output, labels);
                correct += output.argmax(1).eq(labels).sum().item<long>();
            }

            double value = loss.item<float>();
            if (!double.IsFinite(value))
            {
                return (value, seen == 0 ? double.NaN : correct / seen);
            }
            loss.backward();
            optimizer.step();
            lossSum += value * n;
            seen += n;
        }
        return (lossSum / seen, correct / seen);
    }

    /// <summary>The training batch at <paramref name="indices"/>: with augmentation, the CIFAR crop and flip of images in
    /// memory, or a streamed split's own training transform (ImageNet's random resized crop and flip) as it decodes; both
    /// draw from the epoch's augmentation generator only.</summary>
    private static Tensor TrainingInputs(ImageDataset train, Tensor indices, Generator? augmentation, IReadOnlyList<float>? cropFill) =>
        (augmentation, train.Source) switch
        {
            (null, _) => train.Select(indices),
            (_, { } source) => source.ReadAugmented(indices.data<long>().ToArray(), augmentation),
            _ => Augmentation.CropAndFlip(train.Select(indices), augmentation, cropFill),
        };

    /// <summary>Eval-mode, no-grad accuracy on the whole training set and loss/accuracy on the test set.</summary>
    private static (double CleanTrainAccuracy, double TestLoss, double TestAccuracy) Evaluate(
        nn.Module<Tensor, Tensor> model, ImageDataset train, ImageDataset test, Device device, int batchSize)
    {
        var (_, trainAccuracy) = Evaluate(model, train, device, batchSize);
        var (testLoss, testAccuracy) = Evaluate(model, test, device, batchSize);
        return (trainAccuracy, testLoss, testAccuracy);
    }

    /// <summary>Mean cross-entropy and accuracy of the model on a dataset, eval mode, no gradient.</summary>
    public static (double Loss, double Accuracy) Evaluate(nn.Module<Tensor, Tensor> model, ImageDataset data, Device device, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        model.eval();
        using var noGrad = no_grad();
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < data.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            int n = Math.Min(batchSize, data.Count - start);
            var labels = data.Labels.narrow(0, start, n).to(device);
            var output = model.call(data.Slice(start, n).to(device));
            lossSum += nn.functional.cross_entropy(output, labels, reduction: nn.Reduction.Sum).to(float64).item<double>();
            correct += output.argmax(1).eq(labels).sum().item<long>();
        }
        return (lossSum / data.Count, (double)correct / data.Count);
    }
}
