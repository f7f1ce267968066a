from faurecli.cli import main

main()
