namespace RegionCount.Experiments;

/// <summary>What an executor reports while a run trains (also the claim's heartbeat).</summary>
public interface IRunProgress
{
    /// <summary>After epoch <paramref name="epoch"/> of <paramref name="epochs"/>; <paramref name="detail"/> e.g. "loss 0.12 acc 97.1%".</summary>
    void Epoch(int epoch, int epochs, string? detail);
}
