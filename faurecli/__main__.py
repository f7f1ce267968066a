from faurecli.app import run

run()
