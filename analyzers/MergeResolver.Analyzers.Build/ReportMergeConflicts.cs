using System.Runtime.CompilerServices;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace MergeResolver.Analyzers.Build;

/// <summary>
/// Reports the package's own diagnostics (MR0002 on each conflict the compiler sees, MR0001 on one
/// hidden in a string or comment) in a command-line build. The compiler stops at CS8300's parse
/// errors before any analyzer runs, so without this a build shows only CS8300; when no conflict
/// marker reaches the compiler, the analyzers run there and this reports nothing.
/// </summary>
public sealed class ReportMergeConflicts : Microsoft.Build.Utilities.Task
{
    /// <summary>The project's compile items.</summary>
    [Required]
    public ITaskItem[] Sources { get; set; } = [];

    /// <summary>The project's preprocessor symbols (<c>DefineConstants</c>), so that disabled text is read as the compiler reads it.</summary>
    public string DefineConstants { get; set; } = "";

    /// <summary>The folder of the package's analyzers (the resolver's core and its model).</summary>
    [Required]
    public string AnalyzerDirectory { get; set; } = "";

    /// <summary>The folder of the compiler that builds the project, whose Roslyn the analyzers run on.</summary>
    [Required]
    public string CompilerDirectory { get; set; } = "";

    /// <inheritdoc />
    public override bool Execute()
    {
        // The analyzers and Roslyn are not beside this task: they are resolved from the package's
        // analyzer folder and the compiler's own folder before any of their types is touched.
        var resolver = new DependencyResolver([AnalyzerDirectory, CompilerDirectory]);
        AppDomain.CurrentDomain.AssemblyResolve += resolver.Resolve;
        try
        {
            Report();
        }
        catch (Exception e)
        {
            // The report is an aid: a compiler without its Roslyn where it is looked for, or a file
            // that cannot be read, must never fail the build; the compiler reports the conflicts.
            Log.LogMessage(MessageImportance.Normal, $"MergeResolver: no conflict report ({e.GetType().Name}: {e.Message})");
        }
        finally
        {
            AppDomain.CurrentDomain.AssemblyResolve -= resolver.Resolve;
        }

        return !Log.HasLoggedErrors;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Report()
    {
        var files = Sources
            .Select(s => s.GetMetadata("FullPath"))
            .Where(p => p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(p))
            .Distinct(StringComparer.Ordinal);
        var symbols = DefineConstants.Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim());
        foreach (var diagnostic in ConflictReport.Of(files, symbols))
        {
            var span = diagnostic.Location.GetLineSpan();
            int line = span.StartLinePosition.Line + 1, column = span.StartLinePosition.Character + 1;
            int endLine = span.EndLinePosition.Line + 1, endColumn = span.EndLinePosition.Character + 1;
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            switch (diagnostic.Severity)
            {
                case Microsoft.CodeAnalysis.DiagnosticSeverity.Error:
                    Log.LogError(null, diagnostic.Id, null, span.Path, line, column, endLine, endColumn, message);
                    break;
                case Microsoft.CodeAnalysis.DiagnosticSeverity.Warning:
                    Log.LogWarning(null, diagnostic.Id, null, span.Path, line, column, endLine, endColumn, message);
                    break;
                case Microsoft.CodeAnalysis.DiagnosticSeverity.Info:
                    Log.LogMessage(null, diagnostic.Id, null, span.Path, line, column, endLine, endColumn, MessageImportance.High, message);
                    break;
            }
        }
    }
}
