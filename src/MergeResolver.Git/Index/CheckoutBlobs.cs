namespace MergeResolver.Git.Index;

/// <summary>
/// Blobs as git would check them out at a path (smudge filters and line endings applied), read with
/// <c>git cat-file --filters</c>: git's own conversion, exactly. libgit2's filtered read returns its
/// content in a buffer that Native AOT does not marshal back, and git 2.39's <c>--batch --filters</c>
/// announces the unfiltered size, so each blob is one process (a batch reads three a file).
/// </summary>
internal static class CheckoutBlobs
{
    /// <summary>The bytes of blob <paramref name="id"/> as checked out at <paramref name="path"/> in <paramref name="workDir"/>.</summary>
    public static byte[] Read(string workDir, string id, string path)
    {
        var (code, bytes, stderr) = GitExecutable.RunForBytes(workDir, "cat-file", "--filters", $"--path={path}", id);
        return code == 0 ? bytes : throw new IOException($"git cannot read the blob {id} of '{path}': {stderr.Trim()}");
    }
}
