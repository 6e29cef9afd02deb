using System.Reflection;

namespace MergeResolver.Analyzers.Build;

/// <summary>Finds an assembly the task needs by its simple name in the folders it is given, in order.</summary>
internal sealed class DependencyResolver(IReadOnlyList<string> directories)
{
    public Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        string name = new AssemblyName(args.Name).Name + ".dll";
        foreach (var directory in directories)
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return Assembly.LoadFrom(path);
            }
        }

        return null;
    }
}
