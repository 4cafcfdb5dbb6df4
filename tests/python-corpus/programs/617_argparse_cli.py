import argparse
import contextlib
import io

parser = argparse.ArgumentParser(prog="resize", description="Resize images in a folder.", epilog="Example: resize pics -s 2")
parser.add_argument("folder", help="where the images are")
parser.add_argument("out", nargs="?", default="out", help="output folder (default: %(default)s)")
parser.add_argument("-s", "--scale", type=float, default=1.0, help="scale factor")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--format", choices=["png", "jpg"], default="png")
parser.add_argument("--tag", action="append", metavar="NAME", help="add a tag")
parser.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
group = parser.add_mutually_exclusive_group()
group.add_argument("--fast", action="store_true")
group.add_argument("--best", action="store_true")
parser.print_help()

args = parser.parse_args(["pics", "-vv", "--tag", "a", "--tag=b", "-s2.5", "--size", "640", "480", "--fo", "jpg"])
print(args)
print(args.folder, args.out, args.scale * 2, args.verbose, args.tag, args.size, vars(args)["quiet"])
print(parser.parse_args(["x", "y", "-qv", "--best"]))
ns, rest = parser.parse_known_args(["x", "--unknown", "1"])
print(ns.folder, rest)

bad_inputs = [[], ["x", "-s", "big"], ["x", "--format", "gif"], ["x", "y", "z"], ["x", "--size", "1"], ["x", "--fast", "--best"], ["x", "--scale"]]
for argv in bad_inputs:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, "|", err.getvalue().splitlines()[-1])

sub = argparse.ArgumentParser(prog="vcs")
commands = sub.add_subparsers(dest="command", help="what to do")
commit = commands.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
push = commands.add_parser("push", help="send changes")
push.add_argument("remote", nargs="*", default=["origin"])
sub.print_help()
print(sub.parse_args(["commit", "-m", "fix"]), sub.parse_args(["push"]), sub.parse_args([]))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        sub.parse_args(["push", "--help"])
    except SystemExit as e:
        code = e.code
print(code, out.getvalue().splitlines()[0])
print(argparse.Namespace(a=1, b=[2]) == argparse.Namespace(a=1, b=[2]), "a" in argparse.Namespace(a=1))
