namespace MergeResolver.Diff;

/// <summary>
/// One change of a diff: <see cref="CountA"/> elements of A starting at <see cref="StartA"/>
/// were replaced by <see cref="CountB"/> elements of B starting at <see cref="StartB"/>.
/// </summary>
public readonly record struct Edit(int StartA, int CountA, int StartB, int CountB)
{
    /// <summary>The first element of A after the change.</summary>
    public int EndA => StartA + CountA;

    /// <summary>The first element of B after the change.</summary>
    public int EndB => StartB + CountB;
}
