namespace RegionCount.Regions;

/// <summary>Which grid cells touch. In 1-D both are the two neighbours i±1.</summary>
public enum Connectivity
{
    /// <summary>Cells sharing a face: 2k neighbours (4 in 2-D, 6 in 3-D). The paper's choice for k ≥ 3.</summary>
    Face,

    /// <summary>Cells sharing any corner: 3ᵏ−1 neighbours (8 in 2-D). The paper's choice for k = 2.</summary>
    Full,
}
