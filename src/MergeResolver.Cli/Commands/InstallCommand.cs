using System.CommandLine;
using MergeResolver.Git.Configuration;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver install [--global | --local] [--mergetool] [--driver]</c> and <c>mergeresolver uninstall</c>
/// with the same options: write or remove the git configuration (and, for the driver, the attributes
/// line for <c>*.cs</c>: in <c>.git/info/attributes</c>, or with --global in git's global attributes file).
/// </summary>
internal static class InstallCommand
{
    public static Command Create(bool uninstall)
    {
        var global = new Option<bool>("--global") { Description = "The user's git configuration (~/.gitconfig)." };
        var local = new Option<bool>("--local") { Description = "The repository's own configuration (the default)." };
        var mergetool = new Option<bool>("--mergetool") { Description = "The mergetool settings (mergetool.mergeresolver.*)." };
        var driver = new Option<bool>("--driver") { Description = "The merge driver settings (merge.mergeresolver.*) and the attributes line '*.cs merge=mergeresolver' (.git/info/attributes; with --global, git's global attributes file)." };
        var force = new Option<bool>("--force") { Description = "Replace settings already set to something else." };
        var command = new Option<string?>("--command") { Description = "How git should call the tool (default: 'mergeresolver' when it is on the PATH, else this program's own path).", HelpName = "CMD" };

        var cmd = uninstall
            ? new Command("uninstall", "Remove exactly what install wrote (both the mergetool and the driver unless one is named).") { global, local, mergetool, driver, command }
            : new Command("install", "Make MergeResolver git's mergetool and merge driver (both unless one is named).") { global, local, mergetool, driver, force, command };

        cmd.SetAction(parse =>
        {
            if (parse.GetValue(global) && parse.GetValue(local))
            {
                throw new CommandException(ExitCodes.Usage, "--global and --local exclude each other");
            }

            bool tool = parse.GetValue(mergetool), drv = parse.GetValue(driver);
            if (!tool && !drv)
            {
                tool = drv = true;
            }

            var scope = parse.GetValue(global) ? InstallScope.Global : InstallScope.Local;
            var installer = new GitInstaller(Environment.CurrentDirectory, scope, parse.GetValue(command) ?? SelfCommand());
            IReadOnlyList<string> done;
            try
            {
                done = uninstall ? installer.Uninstall(tool, drv) : installer.Install(tool, drv, parse.GetValue(force));
            }
            catch (IOException e)
            {
                throw new CommandException(ExitCodes.IOError, e.Message);
            }

            var verb = uninstall ? "removed" : "set";
            foreach (var line in done)
            {
                Console.WriteLine($"{verb} {line}");
            }

            if (done.Count == 0)
            {
                Console.WriteLine(uninstall ? "nothing to remove" : "already installed");
            }

            return ExitCodes.Clean;
        });
        return cmd;
    }

    /// <summary>How this very program is started, so that git can start it the same way.</summary>
    private static string SelfCommand()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        if (path.Any(dir => File.Exists(Path.Combine(dir, "mergeresolver"))))
        {
            return "mergeresolver";
        }

        return ThisProgram.ShellCommand;
    }
}
