using ArabicEntities.Cli;

using Stream stdin = Console.OpenStandardInput();
using Stream stdout = Console.OpenStandardOutput();
return CliApplication.Run(args, stdin, stdout, Console.Error);
