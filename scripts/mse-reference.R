#!/usr/bin/env Rscript
# Reference values for the multiple systems estimation engine (org.vidnova.casualties.estimation), computed
# with base R only, and written as test fixtures to src/test/resources/mse/.
#
#   Rscript scripts/mse-reference.R [shared-data-dir] [fixture-dir]
#   (defaults: ../shared/data/mse and src/test/resources/mse; R 4.2.2 from Debian's r-base-core)
#
# Rcapture and dga could not be installed here (no CRAN access, no Debian package), so their documented
# computations are re-done in base R, from their published definitions:
#
# 1. Log-linear models (every model with all main effects plus any subset of two-list interactions, k <= 5,
#    each without and with one of Rcapture's heterogeneity columns, c = number of lists a pattern is on:
#    Darroch c^2/2, Poisson 2^c - 1):
#    glm.fit(family = poisson()) with R's default control (epsilon 1e-8, maxit 25) on the 2^k - 1 observed cells,
#    design = intercept, one 0/1 column per list (1 = on the list), one product column per interaction
#    (Rcapture's coding). estimate = n + exp(intercept); se = sqrt(exp(b0) + exp(2 b0) * vcov[1,1]) (Rcapture);
#    deviance and df.residual from glm; aic = glm's aic (-2 logLik + 2p); bic = aic - 2p + p log(n),
#    n = people observed.
#    A model is "refused" when an interaction joins two lists that share nobody (its MLE is at minus infinity:
#    glm then stops at a huge negative coefficient), when glm reports a rank-deficient (aliased) design, when glm
#    did not converge, or when |coefficient| > 30 or exp(b0) > 1000 n (exploding).
# 2. 95% profile-likelihood interval: the code path of Rcapture 1.4-4 closedpCI.t (closedpCI.internal) for a
#    log-linear model, re-typed: for a total N the table is completed with n0 = N - n in the cell on no list,
#    the same model refitted to all 2^k cells (glm.fit, default control), and
#    loglik(N) = (deviance - 2 ct) / (-2) with Cormack's correction ct (Stirling form when N > 100);
#    Nmax = optimize(loglik, c(n, 3 * N_poisson), tol = 1e-4, maximum = TRUE);
#    lower = uniroot(loglik - (lmax - qchisq(0.95, 1)/2), c(n, Nmax), tol = 1e-4), or n if no sign change;
#    upper = uniroot(..., c(Nmax, 3 * N_poisson), tol = 1e-4), or Inf (Rcapture prints ">3N") if none.
# 3. Bayesian model averaging (dga 2.0.2 bma.cr, Madigan & York 1997) with delta = 2^-k, logprior = -log(N),
#    uniform prior over decomposable graphs. Graphs are enumerated here (all edge sets; chordal iff a maximum
#    cardinality search order is a perfect elimination order) and each graph's log marginal likelihood is summed
#    over that order's families, sum_v [L(fam v) - L(earlier neighbours of v)], which equals dga's
#    cliques-minus-separators sum; L(C) = sum over the marginal table of C (the all-absent cell plus Nmissing) of
#    lgamma(D + alpha) - lgamma(alpha), alpha = delta 2^(k - |C|), and each vertex without earlier neighbours
#    adds lgamma(sum alpha) - lgamma(N + sum alpha) (dga's nsubgraphs term). Then dga's multinomial coefficient
#    and the -log(N) prior. Nmissing = 0..U, U = max(5n, 100) doubled while the posterior has more than 1e-4 of
#    its mass in the top tenth of the range, up to 80 max(n, 20). mean = sum N p(N); median and 95% interval by
#    dga's posteriorQuantiles rule (first N whose cumulative probability exceeds 0.5, 0.025, 0.975).

args <- commandArgs(trailingOnly = TRUE)
data.dir <- if (length(args) >= 1) args[1] else "../shared/data/mse"
out.dir <- if (length(args) >= 2) args[2] else "src/test/resources/mse"
dir.create(out.dir, showWarnings = FALSE, recursive = TRUE)

read.table.mse <- function(file) {
  d <- read.csv(file, check.names = FALSE)
  if ("nbcap" %in% names(d)) return(NULL)
  has.freq <- names(d)[ncol(d)] == "freq"
  lists <- if (has.freq) names(d)[-ncol(d)] else names(d)
  freq <- if (has.freq) d$freq else rep(1, nrow(d))
  k <- length(lists)
  y <- numeric(2^k)
  for (r in seq_len(nrow(d))) {
    mask <- sum(as.numeric(d[r, lists]) * 2^(0:(k - 1)))
    y[mask + 1] <- y[mask + 1] + freq[r]
  }
  y[1] <- 0
  list(lists = lists, k = k, y = y, n = sum(y))
}

heterogeneity.column <- function(h, c) switch(h, none = NULL, darroch = c^2 / 2, poisson = 2^c - 1)

design.row <- function(mask, k, pairs, h) {
  x <- bitwAnd(bitwShiftR(mask, 0:(k - 1)), 1)
  c(1, x, if (nrow(pairs) > 0) x[pairs[, 1]] * x[pairs[, 2]] else NULL, heterogeneity.column(h, sum(x)))
}

fit.model <- function(tab, pairs, h) {
  k <- tab$k; n <- tab$n
  masks <- 1:(2^k - 1)
  X <- t(sapply(masks, design.row, k = k, pairs = pairs, h = h))
  Y <- tab$y[masks + 1]
  terms <- c(tab$lists, if (nrow(pairs) > 0) paste0(tab$lists[pairs[, 1]], ":", tab$lists[pairs[, 2]]) else NULL,
             if (h != "none") paste0("h:", h) else NULL)
  res <- list(terms = paste(terms, collapse = " "), status = "ok", reason = "", estimate = NA, se = NA, lower = NA,
              upper = NA, profile_max = NA, deviance = NA, df = NA, aic = NA, bic = NA)
  if (nrow(pairs) > 0) for (r in seq_len(nrow(pairs))) {
    both <- sum(Y[bitwAnd(masks, 2^(pairs[r, 1] - 1)) > 0 & bitwAnd(masks, 2^(pairs[r, 2] - 1)) > 0])
    if (both == 0) { res$status <- "refused"; res$reason <- "NOT_IDENTIFIABLE"; }
  }
  if (ncol(X) > nrow(X)) { res$status <- "refused"; res$reason <- "NOT_IDENTIFIABLE"; return(res) }
  fit <- suppressWarnings(glm.fit(X, Y, family = poisson()))
  b <- fit$coefficients
  if (res$status == "refused") {
    res$estimate <- n + exp(b[1])  # what glm says anyway, for the record
    return(res)
  }
  if (any(is.na(b)) || fit$rank < ncol(X)) { res$status <- "refused"; res$reason <- "NOT_IDENTIFIABLE"; return(res) }
  if (!fit$converged) { res$status <- "refused"; res$reason <- "NOT_CONVERGED"; return(res) }
  if (any(abs(b) > 30) || exp(b[1]) > 1000 * n) {
    res$status <- "refused"; res$reason <- "EXPLODING"; res$estimate <- n + exp(b[1]); return(res)
  }
  p <- ncol(X)
  vc <- chol2inv(chol(crossprod(X * sqrt(fit$fitted.values))))
  N <- n + exp(b[1])
  res$estimate <- N
  res$se <- sqrt(exp(b[1]) + exp(2 * b[1]) * vc[1, 1])
  res$deviance <- fit$deviance
  res$df <- fit$df.residual
  res$aic <- fit$aic  # glm.fit: -2 logLik + 2 rank
  res$bic <- res$aic - 2 * p + p * log(n)
  # closedpCI.t's profile likelihood
  Xavec <- rbind(X, c(1, rep(0, p - 1)))
  loglikemult <- function(N, lobj = 0) {
    n0 <- N - n
    Yavec <- c(Y, n0)
    g <- suppressWarnings(glm.fit(Xavec, Yavec, family = poisson()))
    Nn0 <- sum(Yavec)
    if (Nn0 > 100) {
      ct <- if (n0 == 0 || n0 == 1) -Nn0 + 0.5 * log(2 * pi * Nn0) else n0 - Nn0 - 0.5 * log(n0 / Nn0)
    } else ct <- log((n0^n0) * factorial(Nn0) / ((Nn0^Nn0) * factorial(n0)))
    (g$deviance - 2 * ct) / (-2) - lobj
  }
  opmax <- optimize(loglikemult, c(n, 3 * N), tol = 0.0001, maximum = TRUE)
  Nmax <- opmax$maximum
  lminCI <- opmax$objective - qchisq(0.95, 1) / 2
  inf <- try(uniroot(loglikemult, c(n, Nmax), lobj = lminCI, tol = 0.0001), silent = TRUE)
  sup <- try(uniroot(loglikemult, c(Nmax, 3 * N), lobj = lminCI, tol = 0.0001), silent = TRUE)
  res$profile_max <- Nmax
  res$lower <- if (!inherits(inf, "try-error")) inf$root else n
  res$upper <- if (!inherits(sup, "try-error")) sup$root else Inf
  res
}

all.models <- function(k) {
  pairs <- if (k >= 2) t(combn(k, 2)) else matrix(0, 0, 2)
  models <- list(matrix(0, 0, 2))
  if (nrow(pairs) > 0) for (size in 1:nrow(pairs)) {
    for (s in combn(nrow(pairs), size, simplify = FALSE)) models[[length(models) + 1]] <- pairs[s, , drop = FALSE]
  }
  models
}

## Bayesian model averaging (dga's formulas)
chordal.families <- function(k, adj) {
  # maximum cardinality search; returns the families (vertex + earlier neighbours) or NULL if not chordal
  order <- integer(0); weight <- rep(0, k)
  for (step in 1:k) {
    cand <- setdiff(1:k, order)
    v <- cand[which.max(weight[cand])]
    order <- c(order, v)
    weight[adj[v, ] == 1] <- weight[adj[v, ] == 1] + 1
  }
  fams <- list()
  for (i in seq_along(order)) {
    v <- order[i]
    earlier <- order[seq_len(i - 1)]
    pa <- earlier[adj[v, earlier] == 1]
    if (length(pa) > 1) for (a in pa) for (b in pa) if (a != b && adj[a, b] == 0) return(NULL)
    fams[[i]] <- list(v = v, pa = pa)
  }
  fams
}

decomposable.graphs <- function(k) {
  pairs <- t(combn(k, 2)); graphs <- list()
  for (e in 0:(2^nrow(pairs) - 1)) {
    adj <- matrix(0, k, k)
    on <- bitwAnd(bitwShiftR(e, 0:(nrow(pairs) - 1)), 1) == 1
    for (r in which(on)) { adj[pairs[r, 1], pairs[r, 2]] <- 1; adj[pairs[r, 2], pairs[r, 1]] <- 1 }
    f <- chordal.families(k, adj)
    if (!is.null(f)) graphs[[length(graphs) + 1]] <- f
  }
  graphs
}

bma <- function(tab, U) {
  k <- tab$k; n <- tab$n; Y <- tab$y; Y[1] <- 0
  delta <- 2^-k; M <- 0:U
  masks <- 0:(2^k - 1)
  comp <- function(set) {  # L(C) for each M, set = vector of list numbers (1-based)
    if (length(set) == 0) return(rep(0, length(M)))
    cm <- sum(2^(set - 1))
    alpha <- delta * 2^(k - length(set))
    marg <- tapply(Y, bitwAnd(masks, cm), sum)
    rest <- marg[names(marg) != "0"]
    sum(lgamma(rest + alpha) - lgamma(alpha)) + lgamma(marg[["0"]] + M + alpha) - lgamma(alpha)
  }
  cache <- list()
  L <- function(set) { if (length(set) == 0) return(0); key <- paste(sort(set), collapse = ","); if (is.null(cache[[key]])) cache[[key]] <<- comp(set); cache[[key]] }
  Dterm <- lgamma(1) - lgamma(M + n + 1)  # sum(alpha) = delta 2^k = 1
  multicoef <- lgamma(M + n + 1) - sum(lgamma(Y[-1] + 1)) - lgamma(M + 1)
  logprior <- -log(n + M)
  graphs <- decomposable.graphs(k)
  W <- matrix(0, length(graphs), length(M))
  for (g in seq_along(graphs)) {
    w <- multicoef + logprior
    for (f in graphs[[g]]) {
      w <- w + L(c(f$v, f$pa)) - L(f$pa)
      if (length(f$pa) == 0) w <- w + Dterm
    }
    W[g, ] <- w
  }
  W <- exp(W - max(W)); W <- W / sum(W)
  post <- colSums(W)
  list(post = post, N = n + M, graphs = length(graphs), topprob = max(rowSums(W)))
}

bma.auto <- function(tab) {
  n <- tab$n; U <- max(5 * n, 100)
  repeat {
    b <- bma(tab, U)
    tail <- sum(b$post[0:U >= ceiling(0.9 * U)])
    truncated <- tail > 1e-4
    if (!truncated || U >= 80 * max(n, 20)) break
    U <- 2 * U
  }
  q <- function(level) b$N[which(cumsum(b$post) > level)[1]]
  data.frame(mean = sum(b$N * b$post), median = q(0.5), lower = q(0.025), upper = q(0.975), grid_end = n + U,
             truncated = truncated, graphs = b$graphs, top_model_probability = b$topprob)
}

files <- sort(list.files(data.dir, pattern = "\\.csv$"))
summary <- data.frame()
for (file in files) {
  name <- sub("\\.csv$", "", file)
  tab <- read.table.mse(file.path(data.dir, file))
  if (is.null(tab)) {
    summary <- rbind(summary, data.frame(table = name, lists = NA, observed = NA, status = "not-a-pattern-table"))
    next
  }
  if (tab$k > 5) {
    summary <- rbind(summary, data.frame(table = name, lists = tab$k, observed = tab$n, status = "too-many-lists"))
    next
  }
  cat(name, "k =", tab$k, "n =", tab$n, "\n")
  rows <- list()
  for (pairs in all.models(tab$k)) for (h in c("none", "darroch", "poisson")) {
    rows[[length(rows) + 1]] <- as.data.frame(fit.model(tab, pairs, h))
  }
  models <- do.call(rbind, rows)
  write.csv(models, file.path(out.dir, paste0(name, ".models.csv")), row.names = FALSE)
  write.csv(bma.auto(tab), file.path(out.dir, paste0(name, ".bayes.csv")), row.names = FALSE)
  summary <- rbind(summary, data.frame(table = name, lists = tab$k, observed = tab$n, status = "estimated"))
}
write.csv(summary, file.path(out.dir, "tables.csv"), row.names = FALSE)
cat("R", R.version$major, R.version$minor, "\n")
