namespace RegionCount.Experiments;

/// <summary>A result store that cannot be trusted as it is; the message names the file and what is wrong.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
