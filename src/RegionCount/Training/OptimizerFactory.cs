using RegionCount.Experiments;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>Builds the run's optimizer over all of the model's parameters. All three are TorchSharp's managed
/// optimizers, whose full state (options, momentum buffers, Adam moments and step counts) save_state_dict writes.</summary>
internal static class OptimizerFactory
{
    public static OptimizerHelper Create(TrainingOptions options, nn.Module<Tensor, Tensor> model) => options.Optimizer switch
    {
        OptimizerKind.Sgd => optim.SGD(model.parameters(), options.LearningRate, options.Momentum, dampening: 0,
            weight_decay: options.WeightDecay, nesterov: false),
        OptimizerKind.Adam => optim.Adam(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay),
        OptimizerKind.Adagrad => optim.Adagrad(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Optimizer, "unknown optimizer"),
    };

    /// <summary>Sets the learning rate of every parameter group.</summary>
    public static void SetLearningRate(OptimizerHelper optimizer, double rate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }
    }
}
