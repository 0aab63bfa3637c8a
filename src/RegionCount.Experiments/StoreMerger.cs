namespace RegionCount.Experiments;

/// <summary>Copies run records from several stores into one, verifying each. The same fingerprint in two places is
/// fine when the files are identical or one is final and the other failed (the final one wins); two different final
/// records of one run are a conflict, reported with both files and never overwritten.</summary>
public static class StoreMerger
{
    public static MergeSummary Merge(IReadOnlyList<string> sources, RunStore destination)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(destination);
        int copied = 0, identical = 0, replaced = 0;
        var conflicts = new List<string>();
        foreach (var source in sources)
        {
            if (!Directory.Exists(source))
            {
                throw new StoreException($"merge: source store {source} does not exist");
            }
            foreach (var record in new RunStore(source).ReadAll())
            {
                string from = new RunStore(source).RecordPath(record.Fingerprint);
                var existing = destination.TryRead(record.Fingerprint);
                string to = destination.RecordPath(record.Fingerprint);
                if (existing is null)
                {
                    destination.Import(from, record.Fingerprint);
                    copied++;
                }
                else if (File.ReadAllBytes(from).AsSpan().SequenceEqual(File.ReadAllBytes(to)))
                {
                    identical++;
                }
                else if (!existing.IsFinal && record.IsFinal)
                {
                    destination.Write(record);
                    replaced++;
                }
                else if (existing.IsFinal && !record.IsFinal)
                {
                    identical++;
                }
                else
                {
                    conflicts.Add($"{from} and {to}: two different records of run {record.Fingerprint}");
                }
            }
        }
        return new MergeSummary(copied, identical, replaced, conflicts);
    }
}
