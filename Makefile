PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= tests/sample
DB ?= build/demo.lbdb

.PHONY: install demo test bench model clean neo4j-up neo4j-load

$(BIN)/kg: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	mkdir -p $(dir $(DB))
	$(BIN)/kg build $(CORPUS) --db $(DB)
	$(BIN)/kg reports --db $(DB)
	$(BIN)/kg query cities_citing --db $(DB) --param strategy=京津冀协同发展
	$(BIN)/kg query cities_citing --db $(DB) --param strategy=一带一路
	$(BIN)/kg query strategies_of_place --db $(DB) --param place=石家庄市
	$(BIN)/kg query shared_strategies --db $(DB) --param a=德州市 --param b=石家庄市

test: install
	$(BIN)/python -m pytest -q

model: install  # retrains extractors/model (committed) from tests/gold and ../shared/corpus-dev, fixed seed
	$(BIN)/python scripts/train_ner.py --out extractors/model

bench: install
	$(BIN)/python bench/build.py $(CORPUS)

# .env holds the Neo4j password: created readable by its owner only (mode 600), with a random password
.env:
	umask 077 && sed "s/^NEO4J_PASSWORD=.*/NEO4J_PASSWORD=$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(18))')/" \
		.env.example > .env.tmp && mv .env.tmp .env
	@echo "created .env (mode 600) with a random NEO4J_PASSWORD"

neo4j-up: .env
	chmod 600 .env
	docker compose up -d --wait

neo4j-load: install .env
	test -f $(DB) || $(MAKE) demo
	set -a && . ./.env && set +a && $(BIN)/kg load neo4j --db $(DB) --uri bolt://localhost:7687 --wipe

clean:
	rm -rf build .pytest_cache
