namespace MergeResolver.Git.Index;

/// <summary>The repository is not in a state batch resolution can work on; nothing was changed.</summary>
public sealed class RepositoryException(string message) : Exception(message);
