from faurecli.cli import run

run()
