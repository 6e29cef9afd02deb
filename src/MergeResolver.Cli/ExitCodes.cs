namespace MergeResolver.Cli;

/// <summary>The exit codes of every command; the README lists them and scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and no conflict is left.</summary>
    public const int Clean = 0;

    /// <summary>Done, and conflicts are left (with markers).</summary>
    public const int ConflictsLeft = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>An input is binary or not valid text: nothing was merged or written.</summary>
    public const int InvalidInput = 3;

    /// <summary>A file could not be read or written: nothing was written.</summary>
    public const int IOError = 4;
}
