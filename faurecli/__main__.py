from faurecli.entry import run

run()
