import sys
def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    print("args:", argv, len(sys.argv))
    print(__name__, __file__.endswith(".py"), __doc__)
    return 0
if __name__ == "__main__":
    print("running as script")
    code = main()
    print("exit code", code)
    sys.exit(code)
