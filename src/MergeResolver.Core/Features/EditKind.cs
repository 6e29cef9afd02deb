namespace MergeResolver.Features;

/// <summary>
/// How a position of an aligned sequence relates the side to the base: MergeBERT's edit types, plus
/// context and padding. The values are part of the feature format and never change.
/// </summary>
public enum EditKind : byte
{
    /// <summary>Padding past the sequence's end.</summary>
    Padding = 0,

    /// <summary>A token of the lines around the conflict.</summary>
    Context = 1,

    /// <summary>A token the side keeps from the base.</summary>
    Equal = 2,

    /// <summary>A token the side inserted.</summary>
    Inserted = 3,

    /// <summary>A base token the side deleted.</summary>
    Deleted = 4,

    /// <summary>A token the side put in place of base tokens.</summary>
    ReplacedBySide = 5,

    /// <summary>A base token the side replaced.</summary>
    ReplacedInBase = 6,
}
