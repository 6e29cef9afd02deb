namespace MergeResolver.Git.Configuration;

/// <summary>Which git configuration file install writes.</summary>
public enum InstallScope
{
    /// <summary>The repository's own <c>.git/config</c>.</summary>
    Local,

    /// <summary>The user's <c>~/.gitconfig</c>.</summary>
    Global,
}
