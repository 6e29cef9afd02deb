namespace MergeResolver.Git.Index;

/// <summary>What kind of conflict an index entry holds; only content conflicts are merged.</summary>
public enum ConflictKind
{
    /// <summary>Both sides changed a text file.</summary>
    Content,

    /// <summary>Both sides added the file: merged with an empty base.</summary>
    AddAdd,

    /// <summary>One side changed the file and the other deleted it.</summary>
    ModifyDelete,

    /// <summary>A side is binary.</summary>
    Binary,

    /// <summary>A side is a symbolic link.</summary>
    SymbolicLink,

    /// <summary>A side is a submodule.</summary>
    Submodule,
}
